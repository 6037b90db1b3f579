using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Portal.Web.Feeds;
using Portal.Web.Hosting;
using Portal.Web.LegalDocuments;
using Portal.Web.Questions;

namespace Portal.Web.Pages;

/// <summary>
/// The ask form: rendered for every request (a fresh stamp and antiforgery token, never from the page cache); a sent
/// question is answered by a redirect to "check your mail" (Post/Redirect/Get), whether it was kept or, being a
/// script's, silently dropped.
/// </summary>
[EnableRateLimiting(RateLimitSetup.Participation)]
public sealed class AskQuestionModel(QuestionSubmissions submissions) : PageModel
{
    /// <summary>The query value of the page after sending: the question waits for its confirmation.</summary>
    public const string SentName = "da-gui";

    [BindProperty]
    public AskQuestionInput Input { get; set; } = new();

    public IReadOnlyList<DocumentField> Fields { get; private set; } = [];

    public bool Sent { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Sent = Request.Query[SentName] == "1";
        Fields = await submissions.FieldsAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var outcome = await submissions.SubmitAsync(Input, cancellationToken);
        if (outcome.Accepted)
        {
            return Redirect($"{PublicUrls.AskQuestionRoute}?{SentName}=1");
        }
        // The service's messages are the form's: the attributes' would repeat them.
        ModelState.Clear();
        foreach (var (field, message) in outcome.Errors)
        {
            ModelState.AddModelError(field.Length == 0 ? "" : $"{nameof(Input)}.{field}", message);
        }
        Fields = await submissions.FieldsAsync(cancellationToken);
        return Page();
    }
}
