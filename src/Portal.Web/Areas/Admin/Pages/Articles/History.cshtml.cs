using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Web.Areas.Admin.Pages.Forms;
using Portal.Web.Articles;
using Portal.Web.Editing;

namespace Portal.Web.Areas.Admin.Pages.Articles;

/// <summary>Every saved version of an article: who, when, what changed between two of them, and a restore.</summary>
public sealed class HistoryModel(ArticleHistory history, NewsroomArticles newsroom, ArticleTimeline timeline) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "from")]
    public string? From { get; set; }

    [BindProperty(SupportsGet = true, Name = "to")]
    public string? To { get; set; }

    [BindProperty]
    public int RevisionId { get; set; }

    [BindProperty]
    public Guid Version { get; set; }

    public Article Article { get; private set; } = null!;
    public IReadOnlyList<ArticleRevision> Revisions { get; private set; } = [];

    /// <summary>The versions and, between them, the workflow's events, newest first; each entry holds one of the two.</summary>
    public IReadOnlyList<(ArticleRevision? Revision, ArticleEvent? Event)> Entries { get; private set; } = [];
    public ArticleRevision? Older { get; private set; }
    public ArticleRevision? Newer { get; private set; }
    public IReadOnlyList<FieldChange> Changes { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }
        return Page();
    }

    public async Task<IActionResult> OnPostRestoreAsync(int id, CancellationToken cancellationToken)
    {
        var result = await history.RestoreAsync(id, RevisionId, Version, User.AsNewsroomUser(), cancellationToken);
        switch (result)
        {
            case SaveResult<Article>.Saved:
                TempData["Message"] = $"Đã khôi phục phiên bản {RevisionId}.";
                return RedirectToPage("History", new { id });
            case SaveResult<Article>.NotFound:
                return NotFound();
            case SaveResult<Article>.Invalid invalid:
                // A restore has no form of its fields: every refusal is said at the top.
                ModelState.AddErrors(invalid.Errors, prefix: null);
                break;
            case SaveResult<Article>.Conflict:
                ModelState.AddModelError("", "Bài vừa được người khác lưu sau khi bạn mở trang này; xin xem lại lịch sử rồi khôi phục lại.");
                break;
        }
        return await LoadAsync(id, cancellationToken) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(int id, CancellationToken cancellationToken)
    {
        var article = await newsroom.FindAsync(id, cancellationToken);
        if (article is null)
        {
            return false;
        }
        Article = article;
        Version = article.Version;
        ModelState.Remove(nameof(Version));
        Revisions = await history.RevisionsAsync(id, cancellationToken);
        var events = await timeline.EventsAsync(id, cancellationToken);
        // At one instant an event (a decision) comes after the save it was taken on.
        Entries = Revisions.Select(r => (At: r.CreatedAt, Order: 0, Entry: ((ArticleRevision?)r, (ArticleEvent?)null)))
            .Concat(events.Select(e => (At: e.At, Order: 1, Entry: ((ArticleRevision?)null, (ArticleEvent?)e))))
            .OrderByDescending(x => x.At).ThenByDescending(x => x.Order).Select(x => x.Entry).ToList();

        // By default the newest save against the one before it.
        Newer = Pick(To) ?? (Revisions.Count > 0 ? Revisions[0] : null);
        Older = Pick(From) ?? Revisions.SkipWhile(r => r.Id != Newer?.Id).Skip(1).FirstOrDefault();
        if ((From is not null && Pick(From) is null) || (To is not null && Pick(To) is null))
        {
            ModelState.AddModelError("", "Phiên bản cần so sánh không thuộc bài viết này.");
        }
        if (Older is not null && Newer is not null)
        {
            if (Older.CreatedAt > Newer.CreatedAt || (Older.CreatedAt == Newer.CreatedAt && Older.Id > Newer.Id))
            {
                (Older, Newer) = (Newer, Older);
            }
            Changes = await history.CompareAsync(Older, Newer, cancellationToken);
        }
        return true;
    }

    private ArticleRevision? Pick(string? revisionId) =>
        int.TryParse(revisionId, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? Revisions.FirstOrDefault(r => r.Id == id) : null;
}
