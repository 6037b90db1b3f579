using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.RateLimiting;
using Portal.Web.Caching;
using Portal.Web.Consultations;
using Portal.Web.Editing;
using Portal.Web.Feeds;
using Portal.Web.Hosting;

namespace Portal.Web.Pages;

/// <summary>
/// A consultation: the draft's explanation and files, its sections, its published comments (<c>?trang=</c>), its
/// summary once published, and, while it is open, the comment form. A page with the form is rendered for each
/// request (it carries a fresh stamp and an antiforgery token); a closed or not yet open one is cached as any page,
/// until its next opening or closing (<see cref="PublishedConsultationKind.NextPublicationAsync"/>).
/// A sent comment is answered Post/Redirect/Get with <c>?da-gui=1</c>, a query value the cache never keeps.
/// </summary>
[OutputCache(PolicyName = PublicPagePolicy.FilteredListing)]
[EnableRateLimiting(RateLimitSetup.Participation)]
public sealed class ConsultationModel(PublishedConsultations consultations, ConsultationComments comments, TimeProvider time) : PageModel
{
    public const int CommentPageSize = 50;
    public const string SentQuery = "da-gui";

    [BindProperty]
    public ConsultationCommentInput Input { get; set; } = new();

    public ConsultationPage View { get; private set; } = null!;

    public Consultation Consultation => View.Consultation;

    /// <summary>The citizen's comment was just taken: the page says to check their mail (and names no address).</summary>
    public bool Sent { get; private set; }

    public bool FormShown => View.State.Phase == ConsultationPhase.Open;

    public async Task<IActionResult> OnGetAsync(int id, string? slug, CancellationToken cancellationToken)
    {
        if (!ListingPageNumber.TryRead(Request.Query, out var number))
        {
            return BadRequest();
        }
        var found = await LoadAsync(id, number, cancellationToken);
        if (found is not null)
        {
            return found;
        }
        if (!string.Equals(slug, Consultation.Slug, StringComparison.Ordinal))
        {
            return RedirectToPagePermanent("/Consultation", new { id, slug = Consultation.Slug });
        }
        Sent = FormShown && Request.Query[SentQuery] == "1";
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, string? slug, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        // The service checks every field itself (the guard's silent verdict first); only a section that is no
        // number at all stops here.
        var sectionUnreadable = ModelState.GetFieldValidationState($"{nameof(Input)}.{nameof(Input.SectionId)}") == Microsoft.AspNetCore.Mvc.ModelBinding.ModelValidationState.Invalid;
        var result = sectionUnreadable ? null : await comments.SubmitAsync(id, Input, now, cancellationToken);
        ModelState.Clear();
        if (sectionUnreadable)
        {
            ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.SectionId)}", ConsultationComments.SectionMessage);
        }
        switch (result)
        {
            case SaveResult<CommentReceipt>.NotFound:
                return NotFound();
            case SaveResult<CommentReceipt>.Saved:
                // Redirected whether kept or dropped by the guard's silent verdict: a script learns nothing.
                var found = await consultations.FindAsync(id, cancellationToken);
                return found is null ? NotFound() : Redirect($"{PublicUrls.ConsultationPath(id, found.Slug)}?{SentQuery}=1#gop-y");
            case SaveResult<CommentReceipt>.Invalid invalid:
                foreach (var (field, message) in invalid.Errors)
                {
                    ModelState.AddModelError(field.Length == 0 ? "" : $"{nameof(Input)}.{field}", message);
                }
                break;
        }
        var missing = await LoadAsync(id, 1, cancellationToken);
        if (missing is not null)
        {
            return missing;
        }
        return Page();
    }

    /// <summary>Reads the page; an answer other than the page when there is none to show (404).</summary>
    private async Task<IActionResult?> LoadAsync(int id, int commentPage, CancellationToken cancellationToken)
    {
        var view = await consultations.PageAsync(id, commentPage, CommentPageSize, cancellationToken);
        if (view is null || (commentPage > 1 && view.Comments.PageNumber != commentPage))
        {
            return NotFound();
        }
        View = view;
        if (FormShown)
        {
            // The form's stamp and antiforgery token are this reader's alone.
            if (HttpContext.Features.Get<IOutputCacheFeature>()?.Context is { } cache)
            {
                cache.AllowCacheStorage = false;
            }
            Response.Headers.CacheControl = "no-store";
        }
        else
        {
            HttpContext.TagCachedPage(ConsultationCacheTags.Page(id));
        }
        return null;
    }
}
