using Microsoft.EntityFrameworkCore;
using Portal.Web.Articles;
using Portal.Web.Auditing;
using Portal.Web.Data;
using Portal.Web.Editing;

namespace Portal.Web.InfoPages;

public sealed record InfoPageContent(string Slug, int SortOrder, string TitleVi, string BodyViMarkdown, string TitleEn, string BodyEnMarkdown);

/// <summary>What the footer needs of a page: its address and its titles, not its bodies.</summary>
public sealed record InfoPageTitles(string Slug, string TitleVi, string TitleEn, bool HasEnglish);

public sealed class InfoPageService(PortalDbContext db, MarkdownRenderer markdown, AuditLog audit, TimeProvider time)
{
    public Task<List<InfoPage>> AllAsync(CancellationToken cancellationToken = default) =>
        db.InfoPages.AsNoTracking().OrderBy(p => p.SortOrder).ThenBy(p => p.Id).ToListAsync(cancellationToken);

    public Task<List<InfoPageTitles>> TitlesAsync(CancellationToken cancellationToken = default) =>
        db.InfoPages.AsNoTracking().OrderBy(p => p.SortOrder).ThenBy(p => p.Id)
            .Select(p => new InfoPageTitles(p.Slug, p.TitleVi, p.TitleEn, p.TitleEn != "" && p.BodyEnMarkdown != ""))
            .ToListAsync(cancellationToken);

    public Task<InfoPage?> FindBySlugAsync(string slug, CancellationToken cancellationToken = default) =>
        db.InfoPages.AsNoTracking().FirstOrDefaultAsync(p => p.Slug == slug, cancellationToken);

    public Task<InfoPage?> FindAsync(int id, CancellationToken cancellationToken = default) =>
        db.InfoPages.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, cancellationToken);

    /// <summary>Creates (id null) or updates a page.</summary>
    public async Task<SaveResult<InfoPage>> SaveAsync(int? id, InfoPageContent content, string userName, CancellationToken cancellationToken = default)
    {
        var errors = new Dictionary<string, string>();
        var page = id is null ? null : await db.InfoPages.FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (id is not null && page is null)
        {
            return new SaveResult<InfoPage>.NotFound();
        }
        if (!SlugGenerator.IsValid(content.Slug))
        {
            errors[nameof(content.Slug)] = "Đường dẫn chỉ gồm chữ thường không dấu (a-z), chữ số và dấu gạch ngang giữa các từ.";
        }
        else if (await db.InfoPages.AnyAsync(p => p.Slug == content.Slug && p.Id != (id ?? 0), cancellationToken))
        {
            errors[nameof(content.Slug)] = $"Đường dẫn \"{content.Slug}\" đã được trang khác dùng.";
        }
        if (content.TitleEn.Length > 0 != content.BodyEnMarkdown.Length > 0)
        {
            errors[nameof(content.TitleEn)] = "Bản tiếng Anh cần cả tiêu đề và nội dung (hoặc để trống cả hai).";
        }
        // Keyed by the form's field names, as the errors above.
        var bodyVi = markdown.Render(content.BodyViMarkdown);
        var bodyEn = markdown.Render(content.BodyEnMarkdown);
        foreach (var (field, error) in new[] { ("BodyVi", bodyVi.Error), ("BodyEn", bodyEn.Error) })
        {
            if (error is not null)
            {
                errors[field] = error;
            }
        }
        if (errors.Count > 0)
        {
            return new SaveResult<InfoPage>.Invalid(errors);
        }
        if (page is null)
        {
            page = new InfoPage { Slug = content.Slug, TitleVi = content.TitleVi };
            db.InfoPages.Add(page);
        }
        page.Slug = content.Slug;
        page.SortOrder = content.SortOrder;
        page.TitleVi = content.TitleVi.Trim();
        page.BodyViMarkdown = content.BodyViMarkdown;
        page.BodyViHtml = bodyVi.Html;
        page.TitleEn = content.TitleEn.Trim();
        page.BodyEnMarkdown = content.BodyEnMarkdown;
        page.BodyEnHtml = bodyEn.Html;
        page.UpdatedAt = time.GetUtcNow().UtcDateTime;
        page.UpdatedBy = userName;
        audit.Add(userName, AuditActions.InfoPageChanged, page.TitleVi);
        await db.SaveChangesAsync(cancellationToken);
        return new SaveResult<InfoPage>.Saved(page);
    }
}
