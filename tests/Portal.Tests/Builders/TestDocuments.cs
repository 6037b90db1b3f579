using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Tests.Integration;
using Portal.Web.Data;
using Portal.Web.LegalDocuments;
using Portal.Web.Publishing;
using Portal.Web.Search;

namespace Portal.Tests.Builders;

/// <summary>A type, an issuer and two fields of a test's own, named with its tag so no seeded list collides.</summary>
public sealed record TestDocumentLists(int TypeId, string TypeName, int IssuerId, string IssuerSlug, string IssuerName, int FieldId, int OtherFieldId);

/// <summary>A document as a test wants it; what it leaves out is a plain published document in force.</summary>
public sealed record TestDocument
{
    public required string Number { get; init; }
    public string Abstract { get; init; } = "Về việc ban hành quy định quản lý nhà nước trên địa bàn tỉnh";
    public required TestDocumentLists Lists { get; init; }
    public int? TypeId { get; init; }
    public int? IssuerId { get; init; }
    public IReadOnlyList<int>? FieldIds { get; init; }
    public DateOnly IssuedOn { get; init; } = new(2024, 3, 15);
    public DateOnly? EffectiveOn { get; init; }
    public DateOnly? ExpiresOn { get; init; }
    public DateOnly? OutOfForceOn { get; init; }
    public LegalForce? ForceByHand { get; init; }
    public string ForceNote { get; init; } = "";
    public string Signer { get; init; } = "Nguyễn Văn An";
    public string SignerTitle { get; init; } = "Chủ tịch";
    public PublicationStatus Status { get; init; } = PublicationStatus.Published;
    public DateTime? PublishedAt { get; init; } = PortalFactory.Now.UtcDateTime.AddDays(-1);
    public IReadOnlyList<(string Name, DocumentFileFormat Format, long Length, string Text)> Files { get; init; } = [];
    public IReadOnlyList<(RelationKind Kind, int TargetId)> Acts { get; init; } = [];
}

/// <summary>
/// Legal documents written straight through the DbContext (the newsroom's forms are another helper's), each indexed
/// for search with <see cref="LegalDocumentSearchSource.IndexAsync"/> so the list's word filter finds it.
/// </summary>
public static class TestDocuments
{
    public static async Task<TestDocumentLists> AddDocumentListsAsync(this PortalFactory factory, string tag)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var type = new DocumentType { Name = $"Quyết định {tag}", Abbreviation = "QĐ", SortOrder = 1 };
        var issuer = new DocumentIssuer { Name = $"UBND tỉnh {tag}", Slug = $"ubnd-{tag.ToLowerInvariant()}", SortOrder = 1 };
        var field = new DocumentField { Name = $"Đất đai {tag}", SortOrder = 1 };
        var other = new DocumentField { Name = $"Giáo dục {tag}", SortOrder = 2 };
        db.AddRange(type, issuer, field, other);
        await db.SaveChangesAsync();
        return new TestDocumentLists(type.Id, type.Name, issuer.Id, issuer.Slug, issuer.Name, field.Id, other.Id);
    }

    public static async Task<(int Id, string Slug)> AddDocumentAsync(this PortalFactory factory, TestDocument spec)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var fieldIds = spec.FieldIds ?? [spec.Lists.FieldId];
        var slug = Portal.Web.Articles.SlugGenerator.FromTitle(spec.Number + " " + spec.Abstract);
        var document = new LegalDocument
        {
            Number = spec.Number,
            NumberKey = LegalDocumentNumber.Key(spec.Number),
            Slug = slug.Length > 100 ? slug[..100].TrimEnd('-') : slug,
            Abstract = spec.Abstract,
            DocumentType = await db.DocumentTypes.SingleAsync(t => t.Id == (spec.TypeId ?? spec.Lists.TypeId)),
            Issuer = await db.DocumentIssuers.SingleAsync(i => i.Id == (spec.IssuerId ?? spec.Lists.IssuerId)),
            Fields = await db.DocumentFields.Where(f => fieldIds.Contains(f.Id)).ToListAsync(),
            Signer = spec.Signer,
            SignerTitle = spec.SignerTitle,
            IssuedOn = spec.IssuedOn,
            EffectiveOn = spec.EffectiveOn,
            ExpiresOn = spec.ExpiresOn,
            OutOfForceOn = spec.OutOfForceOn ?? spec.ExpiresOn,
            ForceByHand = spec.ForceByHand,
            ForceNote = spec.ForceNote,
            Status = spec.Status,
            PublishedAt = spec.PublishedAt,
            CreatedAt = PortalFactory.Now.UtcDateTime.AddDays(-2),
            UpdatedAt = PortalFactory.Now.UtcDateTime.AddDays(-2),
            Version = Guid.NewGuid(),
            Files = [.. spec.Files.Select((f, i) => new LegalDocumentFile
            {
                FileName = f.Name, Format = f.Format, Length = f.Length, Text = f.Text, HasText = f.Text.Length > 0, SortOrder = i,
                Hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(f.Name + spec.Number)))[..32],
                PageCount = f.Format == DocumentFileFormat.Pdf ? 2 : null, UploadedAt = PortalFactory.Now.UtcDateTime.AddDays(-2),
            })],
        };
        db.LegalDocuments.Add(document);
        await LegalDocumentSearchSource.IndexAsync(scope.ServiceProvider.GetRequiredService<ISearch>(), document, default);
        await db.SaveChangesAsync();
        foreach (var (kind, target) in spec.Acts)
        {
            db.LegalDocumentRelations.Add(new LegalDocumentRelation { DocumentId = document.Id, Kind = kind, TargetId = target });
        }
        await db.SaveChangesAsync();
        return (document.Id, document.Slug);
    }
}
