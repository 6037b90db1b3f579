using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Web.Data;
using Portal.Web.Editing;
using Portal.Web.LegalDocuments;
using Portal.Web.LegalDocuments.Files;
using Portal.Web.Publishing;

namespace Portal.Tests.Integration.LegalDocuments;

/// <summary>Documents of the test's own (unique numbers, their own type and issuer) with files added through <see cref="DocumentFileStore"/>.</summary>
internal static class DocumentFilesInTheDatabase
{
    /// <summary>A document, published a day ago or a draft, with the files given, saved.</summary>
    public static async Task<LegalDocument> DocumentWithFilesAsync(this PortalFactory factory, bool published, params (string Name, byte[] Content)[] files)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var store = scope.ServiceProvider.GetRequiredService<DocumentFileStore>();
        var unique = Guid.NewGuid().ToString("N")[..8];
        var now = factory.Clock.GetUtcNow().UtcDateTime;
        var number = $"{unique}/2026/QĐ-UBND";
        var document = new LegalDocument
        {
            Number = number,
            NumberKey = LegalDocumentNumber.Key(number),
            Slug = $"quyet-dinh-{unique}",
            Abstract = "Về việc ban hành quy định quản lý tệp văn bản",
            DocumentType = new DocumentType { Name = $"Quyết định {unique}", Abbreviation = "QĐ" },
            Issuer = new DocumentIssuer { Name = $"UBND tỉnh {unique}", Slug = $"ubnd-{unique}" },
            IssuedOn = new DateOnly(2026, 11, 1),
            Status = published ? PublicationStatus.Published : PublicationStatus.Draft,
            PublishedAt = published ? now.AddDays(-1) : null,
            CreatedAt = now,
            UpdatedAt = now,
            Version = Guid.NewGuid(),
        };
        db.LegalDocuments.Add(document);
        foreach (var (name, content) in files)
        {
            var added = await store.AddAsync(document, name, content, "bien-tap@portal.test", CancellationToken.None);
            Assert.True(added is SaveResult<LegalDocumentFile>.Saved, $"{name}: {(added as SaveResult<LegalDocumentFile>.Invalid)?.Errors.Values.FirstOrDefault()}");
        }
        await db.SaveChangesAsync();
        return document;
    }

    /// <summary>(files with that hash, blobs with that hash).</summary>
    public static Task<(int Files, int Blobs)> StoredAsync(this PortalFactory factory, string hash) =>
        factory.WithDbAsync(async db => (
            await db.LegalDocumentFiles.CountAsync(f => f.Hash == hash),
            await db.PhotoBlobs.CountAsync(b => b.Hash == hash)));
}
