using Microsoft.EntityFrameworkCore;
using Portal.Tests.Integration;
using Portal.Web.Articles;
using Portal.Web.Consultations;
using Portal.Web.LegalDocuments;
using Portal.Web.Publishing;

namespace Portal.Tests.Builders;

/// <summary>A consultation as a test wants it; what it leaves out is a published consultation open now, with two sections.</summary>
public sealed record TestConsultation
{
    public string Title { get; init; } = $"Dự thảo Nghị quyết thử {Guid.NewGuid():N}";
    public int? IssuerId { get; init; }
    public DateTime OpensAt { get; init; } = PortalFactory.Now.UtcDateTime.AddDays(-5);
    public DateTime ClosesAt { get; init; } = PortalFactory.Now.UtcDateTime.AddDays(10);
    public PublicationStatus Status { get; init; } = PublicationStatus.Published;
    public DateTime? PublishedAt { get; init; } = PortalFactory.Now.UtcDateTime.AddDays(-5);
    public IReadOnlyList<string> Sections { get; init; } = ["Điều 1. Phạm vi điều chỉnh", "Điều 2. Đối tượng áp dụng"];
}

/// <summary>A comment as a citizen left it, written straight as a row (the citizens' form is another part's).</summary>
public sealed record TestComment
{
    public string Name { get; init; } = "Nguyễn Thị Bình";
    public string Email { get; init; } = $"binh-{Guid.NewGuid():N}@example.invalid";
    public string Phone { get; init; } = "0912345678";
    public string Organisation { get; init; } = "Hội Nông dân xã";
    public string Text { get; init; } = "Đề nghị làm rõ đối tượng áp dụng.\nXin cảm ơn.";
    public int? SectionIndex { get; init; }
    public CommentState State { get; init; } = CommentState.AwaitingModeration;
    public DateTime CreatedAt { get; init; } = PortalFactory.Now.UtcDateTime.AddDays(-2);
    public bool Erased { get; init; }
}

public sealed record SavedConsultation(int Id, string Title, string Slug, int IssuerId, Guid Version, IReadOnlyList<int> SectionIds);

public static class TestConsultations
{
    /// <summary>An issuer of the test's own (a unique name), the drafting agency of its consultations.</summary>
    public static Task<DocumentIssuer> AddIssuerAsync(this PortalFactory factory, string? name = null) => factory.WithDbAsync(async db =>
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        var issuer = new DocumentIssuer { Name = name ?? $"Sở Tư pháp {tag}", Slug = $"so-tu-phap-{tag}" };
        db.DocumentIssuers.Add(issuer);
        await db.SaveChangesAsync();
        return issuer;
    });

    public static async Task<SavedConsultation> AddConsultationAsync(this PortalFactory factory, TestConsultation? spec = null)
    {
        spec ??= new TestConsultation();
        var issuerId = spec.IssuerId ?? (await factory.AddIssuerAsync()).Id;
        return await factory.WithDbAsync(async db =>
        {
            var consultation = new Consultation
            {
                Title = spec.Title,
                Slug = SlugGenerator.FromTitle(spec.Title),
                IssuerId = issuerId,
                Explanation = "Lấy ý kiến nhân dân về dự thảo.",
                OpensAt = spec.OpensAt,
                ClosesAt = spec.ClosesAt,
                Status = spec.Status,
                PublishedAt = spec.PublishedAt,
                CreatedAt = spec.OpensAt.AddDays(-1),
                UpdatedAt = spec.OpensAt.AddDays(-1),
                UpdatedBy = "biên tập viên",
                Version = Guid.NewGuid(),
                Sections = [.. spec.Sections.Select((title, i) => new ConsultationSection { Title = title, Position = i })],
            };
            db.Consultations.Add(consultation);
            await db.SaveChangesAsync();
            return new SavedConsultation(consultation.Id, consultation.Title, consultation.Slug, issuerId, consultation.Version,
                [.. consultation.Sections.OrderBy(s => s.Position).Select(s => s.Id)]);
        });
    }

    public static Task<int> AddCommentAsync(this PortalFactory factory, SavedConsultation consultation, TestComment? spec = null)
    {
        spec ??= new TestComment();
        return factory.WithDbAsync(async db =>
        {
            var confirmed = spec.State != CommentState.Unconfirmed;
            var comment = new ConsultationComment
            {
                ConsultationId = consultation.Id,
                SectionId = spec.SectionIndex is { } i ? consultation.SectionIds[i] : null,
                Name = spec.Name,
                Email = spec.Erased ? "" : spec.Email,
                Phone = spec.Erased ? "" : spec.Phone,
                Organisation = spec.Organisation,
                ShowName = true,
                Text = spec.Text,
                CreatedAt = spec.CreatedAt,
                ConsentedAt = spec.CreatedAt,
                TokenHash = confirmed ? null : new string('a', 64),
                TokenExpiresAt = confirmed ? null : spec.CreatedAt.AddHours(48),
                ConfirmedAt = confirmed ? spec.CreatedAt.AddMinutes(5) : null,
                State = spec.State,
                ErasedAt = spec.Erased ? spec.CreatedAt.AddDays(1) : null,
            };
            db.ConsultationComments.Add(comment);
            await db.SaveChangesAsync();
            return comment.Id;
        });
    }

    public static Task<Consultation> ConsultationAsync(this PortalFactory factory, int id) =>
        factory.WithDbAsync(db => db.Consultations.AsNoTracking().AsSplitQuery().Include(c => c.Sections).Include(c => c.Files).SingleAsync(c => c.Id == id));

    public static Task<ConsultationComment> CommentAsync(this PortalFactory factory, int id) =>
        factory.WithDbAsync(db => db.ConsultationComments.AsNoTracking().SingleAsync(c => c.Id == id));

    public static Task<List<Portal.Web.Mail.OutboxMessage>> OutboxToAsync(this PortalFactory factory, string address) =>
        factory.WithDbAsync(db => db.OutboxMessages.AsNoTracking().Where(m => m.ToAddress == address).OrderBy(m => m.Id).ToListAsync());

    /// <summary>The consultations' audit actions on targets starting with <paramref name="targetStart"/> ("#12 "), oldest first.</summary>
    public static Task<List<string>> AuditActionsAsync(this PortalFactory factory, string targetStart) =>
        factory.WithDbAsync(db => db.AuditEntries.AsNoTracking().Where(e => e.Target.StartsWith(targetStart) && e.Action.StartsWith("consultation-"))
            .OrderBy(e => e.Id).Select(e => e.Action).ToListAsync());

    /// <summary>The fields of a valid consultation form, times typed in Vietnam time.</summary>
    public static Dictionary<string, string> Form(int issuerId, string title = "Dự thảo Quyết định về quản lý chợ") => new()
    {
        ["Input.Title"] = title,
        ["Input.IssuerId"] = issuerId.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Input.Explanation"] = "Xin ý kiến nhân dân.",
        ["Input.OpensAt"] = "2026-12-01T08:00",
        ["Input.ClosesAt"] = "31/12/2026 17:00",
        ["Input.Sections"] = "Điều 1. Phạm vi\nĐiều 2. Đối tượng",
    };
}
