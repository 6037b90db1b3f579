using Microsoft.EntityFrameworkCore;
using Portal.Web.Common;
using Portal.Web.Data;
using Portal.Web.LegalDocuments;
using Portal.Web.Publishing;

namespace Portal.Web.Consultations;

/// <summary>The newsroom's words and colours for a consultation's phase.</summary>
public static class ConsultationPhases
{
    /// <summary>The phase by the clock, as the public pages compute it (<see cref="ConsultationState.At"/>).</summary>
    public static ConsultationPhase Of(DateTime opensAt, DateTime closesAt, DateTime now) => ConsultationState.At(opensAt, closesAt, now).Phase;

    public static string VietnameseName(ConsultationPhase phase) => phase switch
    {
        ConsultationPhase.Upcoming => "Sắp lấy ý kiến",
        ConsultationPhase.Open => "Đang lấy ý kiến",
        _ => "Đã hết hạn góp ý",
    };

    /// <summary>The badge's class, among the newsroom's status colours.</summary>
    public static string CssClass(ConsultationPhase phase) => phase switch
    {
        ConsultationPhase.Upcoming => "status-scheduled",
        ConsultationPhase.Open => "status-published",
        _ => "status-unpublished",
    };
}

public sealed record NewsroomConsultationRow(
    int Id, string Title, string IssuerName, PublicationStatus Status, DateTime? PublishedAt, DateTime OpensAt, DateTime ClosesAt,
    DateTime? SummaryPublishedAt, DateTime UpdatedAt, string UpdatedBy, int AwaitingModeration, int Published);

/// <summary>The newsroom's view of consultations, whatever their state: the list, one with all it holds, the issuers to choose.</summary>
public sealed class NewsroomConsultations(PortalDbContext db)
{
    public const int PageSize = 30;

    /// <summary>Newest first, each with its comments waiting for a moderator and its published ones.</summary>
    public Task<Paged<NewsroomConsultationRow>> ListAsync(int page, CancellationToken cancellationToken = default) =>
        db.Consultations.AsNoTracking().OrderByDescending(c => c.CreatedAt).ThenByDescending(c => c.Id).PageAsync(page, PageSize,
            rows => rows.Select(c => new NewsroomConsultationRow(
                c.Id, c.Title, c.Issuer!.Name, c.Status, c.PublishedAt, c.OpensAt, c.ClosesAt, c.SummaryPublishedAt, c.UpdatedAt, c.UpdatedBy,
                db.ConsultationComments.Count(m => m.ConsultationId == c.Id && m.State == CommentState.AwaitingModeration),
                db.ConsultationComments.Count(m => m.ConsultationId == c.Id && m.State == CommentState.Published))),
            cancellationToken);

    /// <summary>The consultation with its issuer, sections in order and files (without their text), not tracked.</summary>
    public async Task<Consultation?> FindAsync(int id, CancellationToken cancellationToken = default)
    {
        var consultation = await db.Consultations.AsNoTracking().AsSplitQuery().Include(c => c.Issuer).Include(c => c.Sections)
            .FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (consultation is null)
        {
            return null;
        }
        consultation.Sections = [.. consultation.Sections.OrderBy(s => s.Position)];
        consultation.Files = await db.ConsultationFiles.AsNoTracking().Where(f => f.ConsultationId == id)
            .OrderBy(f => f.IsSummary).ThenBy(f => f.SortOrder).ThenBy(f => f.Id)
            .Select(f => new ConsultationFile
            {
                Id = f.Id, ConsultationId = f.ConsultationId, IsSummary = f.IsSummary, SortOrder = f.SortOrder, FileName = f.FileName,
                Format = f.Format, Length = f.Length, Hash = f.Hash, PageCount = f.PageCount, HasText = f.HasText, UploadedAt = f.UploadedAt,
            })
            .ToListAsync(cancellationToken);
        return consultation;
    }

    public Task<List<DocumentIssuer>> IssuersAsync(CancellationToken cancellationToken = default) =>
        db.DocumentIssuers.AsNoTracking().OrderBy(i => i.SortOrder).ThenBy(i => i.Name).ToListAsync(cancellationToken);
}
