using Microsoft.EntityFrameworkCore;
using Portal.Web.Common;
using Portal.Web.Data;
using Portal.Web.LegalDocuments;

namespace Portal.Web.Consultations;

/// <summary>A consultation as the list shows it, with its state at the time of reading.</summary>
public sealed record ConsultationListItem(
    int Id, string Slug, string Title, string IssuerName, DateTime OpensAt, DateTime ClosesAt, DateTime PublishedAt,
    int CommentCount, bool HasSummary, ConsultationState State);

/// <summary>A file of a consultation as its page lists it: no text (it may be long), only what the link and its label need.</summary>
public sealed record ConsultationFileLink(int Id, string FileName, DocumentFileFormat Format, long Length, int? PageCount, bool IsSummary);

/// <summary>
/// A published comment as the page shows it: the name only where its writer agreed (else "Người góp ý"), never the
/// address, phone or organisation, which are not even read.
/// </summary>
public sealed record PublishedComment(int Id, string Writer, string? SectionTitle, string Text, DateTime CreatedAt);

/// <summary>One consultation's page: the consultation, its files, its state, and a page of its published comments.</summary>
public sealed record ConsultationPage(
    Consultation Consultation, IReadOnlyList<ConsultationFileLink> Files, ConsultationState State, Paged<PublishedComment> Comments)
{
    public IEnumerable<ConsultationFileLink> DraftFiles => Files.Where(f => !f.IsSummary);

    public IEnumerable<ConsultationFileLink> SummaryFiles => Files.Where(f => f.IsSummary);

    public bool SummaryPublished => Consultation.SummaryPublishedAt is not null;
}

/// <summary>
/// What citizens may read of the consultations: those <see cref="ConsultationVisibility.VisibleAt"/> now, their
/// draft files, their published comments, and their summary once it is published.
/// </summary>
public sealed class PublishedConsultations(PortalDbContext db, TimeProvider time)
{
    public const string AnonymousWriter = "Người góp ý";

    public DateTime Now => time.GetUtcNow().UtcDateTime;

    public IQueryable<Consultation> Visible() => db.Consultations.AsNoTracking().Where(ConsultationVisibility.VisibleAt(Now));

    /// <summary>
    /// A page of the list: open consultations first, then those not yet open, then the closed; within each, the
    /// newest first (the latest to open; for the closed, the latest to close).
    /// </summary>
    public async Task<Paged<ConsultationListItem>> ListAsync(int pageNumber, int pageSize, CancellationToken cancellationToken = default)
    {
        var now = Now;
        var ordered = Visible()
            .OrderBy(c => c.OpensAt > now ? 1 : c.ClosesAt > now ? 0 : 2)
            .ThenByDescending(c => c.ClosesAt <= now ? c.ClosesAt : c.OpensAt)
            .ThenByDescending(c => c.Id);
        var page = await ordered.PageAsync(pageNumber, pageSize, rows => rows.Select(c => new
        {
            c.Id, c.Slug, c.Title, Issuer = c.Issuer!.Name, c.OpensAt, c.ClosesAt, PublishedAt = c.PublishedAt!.Value,
            Comments = db.ConsultationComments.Count(m => m.ConsultationId == c.Id && m.State == CommentState.Published),
            HasSummary = c.SummaryPublishedAt != null,
        }), cancellationToken);
        var items = page.Items.Select(c => new ConsultationListItem(c.Id, c.Slug, c.Title, c.Issuer, c.OpensAt, c.ClosesAt, c.PublishedAt,
            c.Comments, c.HasSummary, ConsultationState.At(c.OpensAt, c.ClosesAt, now))).ToList();
        return new Paged<ConsultationListItem>(items, page.PageNumber, page.PageCount, page.Total);
    }

    /// <summary>A visible consultation with its agency and sections; null when none of that id may be seen.</summary>
    public Task<Consultation?> FindAsync(int id, CancellationToken cancellationToken = default) =>
        Visible().AsSplitQuery().Include(c => c.Issuer).Include(c => c.Sections.OrderBy(s => s.Position).ThenBy(s => s.Id))
            .FirstOrDefaultAsync(c => c.Id == id, cancellationToken);

    /// <summary>
    /// A visible consultation's page: its draft files (and the summary's once published), its state now, and page
    /// <paramref name="commentPage"/> of its published comments, oldest first; null when none of that id may be seen.
    /// </summary>
    public async Task<ConsultationPage?> PageAsync(int id, int commentPage, int commentPageSize, CancellationToken cancellationToken = default)
    {
        var consultation = await FindAsync(id, cancellationToken);
        if (consultation is null)
        {
            return null;
        }
        var summaryPublished = consultation.SummaryPublishedAt is not null;
        var files = await db.ConsultationFiles.AsNoTracking()
            .Where(f => f.ConsultationId == id && (!f.IsSummary || summaryPublished))
            .OrderBy(f => f.IsSummary).ThenBy(f => f.SortOrder).ThenBy(f => f.Id)
            .Select(f => new ConsultationFileLink(f.Id, f.FileName, f.Format, f.Length, f.PageCount, f.IsSummary))
            .ToListAsync(cancellationToken);
        var comments = await db.ConsultationComments.AsNoTracking()
            .Where(m => m.ConsultationId == id && m.State == CommentState.Published)
            .OrderBy(m => m.CreatedAt).ThenBy(m => m.Id)
            .PageAsync(commentPage, commentPageSize, rows => rows.Select(m => new PublishedComment(
                m.Id, m.ShowName && m.Name != "" ? m.Name : AnonymousWriter, m.Section == null ? null : m.Section.Title, m.Text, m.CreatedAt)),
                cancellationToken);
        return new ConsultationPage(consultation, files, ConsultationState.At(consultation.OpensAt, consultation.ClosesAt, Now), comments);
    }

    /// <summary>The newest visible consultations, newest publication first: the site's feed.</summary>
    public Task<List<ConsultationListItem>> NewestAsync(int count, CancellationToken cancellationToken = default)
    {
        var now = Now;
        return Visible().OrderByDescending(c => c.PublishedAt).ThenByDescending(c => c.Id).Take(count)
            .Select(c => new ConsultationListItem(c.Id, c.Slug, c.Title, c.Issuer!.Name, c.OpensAt, c.ClosesAt, c.PublishedAt!.Value, 0,
                c.SummaryPublishedAt != null, ConsultationState.At(c.OpensAt, c.ClosesAt, now)))
            .ToListAsync(cancellationToken);
    }

    public sealed record SitemapEntry(int Id, string Slug, DateTime LastModified);

    public Task<int> CountAsync(CancellationToken cancellationToken = default) => Visible().CountAsync(cancellationToken);

    public Task<DateTime?> LatestPublicationAsync(CancellationToken cancellationToken = default) =>
        Visible().MaxAsync(c => c.PublishedAt, cancellationToken);

    /// <summary>Visible consultations for the sitemap, in id order so that its pages stay stable.</summary>
    public Task<List<SitemapEntry>> SitemapEntriesAsync(int skip, int take, CancellationToken cancellationToken = default) =>
        Visible().OrderBy(c => c.Id).Skip(skip).Take(take)
            .Select(c => new SitemapEntry(c.Id, c.Slug, c.UpdatedAt > c.PublishedAt!.Value ? c.UpdatedAt : c.PublishedAt.Value))
            .ToListAsync(cancellationToken);

    /// <summary>
    /// The next instant after <paramref name="now"/> a consultation's page or the list changes by the clock alone: a
    /// scheduled consultation appearing, a visible one opening or closing.
    /// </summary>
    public async Task<DateTime?> NextChangeAsync(DateTime now, CancellationToken cancellationToken = default)
    {
        var consultations = db.Consultations.AsNoTracking();
        var scheduled = await consultations.Where(ConsultationVisibility.ScheduledAfter(now)).MinAsync(c => c.PublishedAt, cancellationToken);
        var visible = consultations.Where(ConsultationVisibility.VisibleAt(now));
        var opening = await visible.Where(c => c.OpensAt > now).MinAsync(c => (DateTime?)c.OpensAt, cancellationToken);
        var closing = await visible.Where(c => c.ClosesAt > now).MinAsync(c => (DateTime?)c.ClosesAt, cancellationToken);
        return new[] { scheduled, opening, closing }.Where(t => t is not null).Min();
    }
}
