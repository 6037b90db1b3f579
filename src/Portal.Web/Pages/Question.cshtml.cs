using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Portal.Web.Caching;
using Portal.Web.Feeds;
using Portal.Web.Localization;
using Portal.Web.Questions;

namespace Portal.Web.Pages;

/// <summary>
/// A question and its answer, at its one canonical address (a wrong slug redirects there). Who asked shows only as
/// their name, and only if they agreed; never their address or phone.
/// </summary>
[OutputCache(PolicyName = PublicPagePolicy.Page)]
public sealed class QuestionModel(PublishedQuestions questions, PublicUrls urls) : PageModel
{
    // Vietnamese letters stay readable; <, > and & are still escaped, so no text can close the script element.
    private static readonly JsonSerializerOptions JsonLdOptions = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    public Question Question { get; private set; } = null!;

    public string Asker => Question.ShowName && Question.Name.Length > 0 ? Question.Name : "Người hỏi";

    public string AbsoluteUrl { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(int id, string? slug, CancellationToken cancellationToken)
    {
        var question = await questions.FindAsync(id, cancellationToken);
        if (question is null)
        {
            return NotFound();
        }
        if (!string.Equals(slug, question.Slug, StringComparison.Ordinal))
        {
            return RedirectPermanent(PublicUrls.QuestionPath(id, question.Slug));
        }
        Question = question;
        AbsoluteUrl = urls.Absolute(Request, PublicUrls.QuestionPath(id, question.Slug));
        HttpContext.TagCachedPage(QuestionCacheTags.Page(id));
        return Page();
    }

    /// <summary>schema.org QAPage: the question and its accepted answer, by the answering agency.</summary>
    public string JsonLd => JsonSerializer.Serialize(new Dictionary<string, object?>
    {
        ["@context"] = "https://schema.org",
        ["@type"] = "QAPage",
        ["mainEntity"] = new Dictionary<string, object?>
        {
            ["@type"] = "Question",
            ["name"] = Question.Title,
            ["text"] = Question.Body,
            ["answerCount"] = 1,
            ["dateCreated"] = VietnamTime.FormatIso(Question.CreatedAt),
            ["author"] = new Dictionary<string, string> { ["@type"] = "Person", ["name"] = Asker },
            ["acceptedAnswer"] = new Dictionary<string, object?>
            {
                ["@type"] = "Answer",
                ["text"] = Question.Answer,
                ["dateCreated"] = VietnamTime.FormatIso(Question.PublishedAt!.Value),
                ["url"] = AbsoluteUrl,
                ["author"] = new Dictionary<string, string> { ["@type"] = "GovernmentOrganization", ["name"] = Question.Agency?.Name ?? "" },
            },
        },
        ["inLanguage"] = "vi",
        ["url"] = AbsoluteUrl,
    }, JsonLdOptions);
}
