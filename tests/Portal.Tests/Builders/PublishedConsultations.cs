using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Tests.Integration;
using Portal.Web.Consultations;
using Portal.Web.Data;
using Portal.Web.LegalDocuments.Files;
using Portal.Web.Publishing;
using Portal.Web.Search;

namespace Portal.Tests.Builders;

/// <summary>A consultation as a test wants it; what it leaves out is a published one, open from a day ago for 30 days.</summary>
public sealed record PublishedTestConsultation
{
    public string Title { get; init; } = "Dự thảo quy định thử nghiệm " + Guid.NewGuid().ToString("N")[..8];
    public string Explanation { get; init; } = "Cơ quan soạn thảo kính mời góp ý.\n\nĐoạn thứ hai của thuyết minh.";
    public PublicationStatus Status { get; init; } = PublicationStatus.Published;
    public DateTime? PublishedAt { get; init; } = PortalFactory.Now.UtcDateTime.AddDays(-1);
    public DateTime OpensAt { get; init; } = PortalFactory.Now.UtcDateTime.AddDays(-1);
    public DateTime ClosesAt { get; init; } = PortalFactory.Now.UtcDateTime.AddDays(30);
    public IReadOnlyList<string> Sections { get; init; } = [];
    public IReadOnlyList<(string Name, string Paragraph)> PdfFiles { get; init; } = [];
    public string SummaryText { get; init; } = "";
    public DateTime? SummaryPublishedAt { get; init; }
    public IReadOnlyList<PublishedTestComment> Comments { get; init; } = [];
}

public sealed record PublishedTestComment(string Name, string Text, CommentState State = CommentState.Published, bool ShowName = true,
    string Email = "ban-doc@example.invalid", string Phone = "0912345678", string Organisation = "Công ty Thử nghiệm", int? Section = null);

public sealed record AddedConsultation(int Id, string Slug, string Title, IReadOnlyList<int> SectionIds, IReadOnlyList<ConsultationFile> Files)
{
    public string Path => Portal.Web.Feeds.PublicUrls.ConsultationPath(Id, Slug);
}

/// <summary>Consultations written straight through the DbContext (the newsroom's forms are another helper's), indexed for search.</summary>
public static class PublishedTestConsultations
{
    public static async Task<AddedConsultation> AddConsultationAsync(this PortalFactory factory, PublishedTestConsultation spec)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<PortalDbContext>();
        var issuer = await db.DocumentIssuers.OrderBy(i => i.Id).FirstAsync();
        var consultation = new Consultation
        {
            Title = spec.Title,
            Slug = Portal.Web.Articles.SlugGenerator.FromTitle(spec.Title),
            IssuerId = issuer.Id,
            Issuer = issuer,
            Explanation = spec.Explanation,
            OpensAt = spec.OpensAt,
            ClosesAt = spec.ClosesAt,
            Status = spec.Status,
            PublishedAt = spec.PublishedAt,
            CreatedAt = PortalFactory.Now.UtcDateTime.AddDays(-2),
            UpdatedAt = PortalFactory.Now.UtcDateTime.AddDays(-2),
            SummaryText = spec.SummaryText,
            SummaryPublishedAt = spec.SummaryPublishedAt,
            Version = Guid.NewGuid(),
            Sections = spec.Sections.Select((t, i) => new ConsultationSection { Title = t, Position = i }).ToList(),
        };
        var files = services.GetRequiredService<DocumentFileStore>();
        var order = 0;
        foreach (var (name, paragraph) in spec.PdfFiles)
        {
            var bytes = SimplePdf.Write(name, [paragraph]);
            var (reading, hash) = await files.ReadAndKeepAsync(name, bytes, default);
            consultation.Files.Add(new ConsultationFile
            {
                FileName = name, Format = reading.Format, Length = bytes.Length, Hash = hash, PageCount = reading.PageCount,
                Text = reading.Text, HasText = reading.HasText, SortOrder = order++, UploadedAt = PortalFactory.Now.UtcDateTime,
            });
        }
        db.Consultations.Add(consultation);
        var created = PortalFactory.Now.UtcDateTime.AddHours(-20);
        foreach (var comment in spec.Comments)
        {
            created = created.AddMinutes(5);
            db.ConsultationComments.Add(new ConsultationComment
            {
                Consultation = consultation,
                Section = comment.Section is { } s ? consultation.Sections[s] : null,
                Name = comment.Name, Email = comment.Email, Phone = comment.Phone, Organisation = comment.Organisation, ShowName = comment.ShowName,
                Text = comment.Text, State = comment.State, CreatedAt = created, ConsentedAt = created,
            });
        }
        await ConsultationSearchSource.IndexAsync(services.GetRequiredService<ISearch>(), consultation, default);
        await db.SaveChangesAsync();
        return new AddedConsultation(consultation.Id, consultation.Slug, consultation.Title, consultation.Sections.Select(s => s.Id).ToList(), consultation.Files);
    }

    /// <summary>The form's fields for a valid comment, to change one at a time.</summary>
    public static Dictionary<string, string> CommentForm(string text = "Đề nghị làm rõ Điều 2.", string email = "nguoi.gop.y@example.invalid") => new()
    {
        ["Input.Text"] = text,
        ["Input.Who.Name"] = "Nguyễn Thị Góp Ý",
        ["Input.Who.Email"] = email,
        ["Input.Who.Phone"] = "0987654321",
        ["Input.Who.Organisation"] = "Hội Nông dân xã",
        ["Input.Who.ShowName"] = "true",
        ["Input.Who.Consent"] = "true",
        ["Input.Who.Website"] = "",
    };
}
