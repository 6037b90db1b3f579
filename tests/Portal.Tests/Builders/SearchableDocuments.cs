using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Tests.Integration;
using Portal.Web.Articles;
using Portal.Web.LegalDocuments;
using Portal.Web.Publishing;
using Portal.Web.Search;

namespace Portal.Tests.Builders;

/// <summary>
/// Legal documents written straight to the database and indexed as the newsroom's save indexes them, for the tests of
/// search: the text of their files set as the reader would have read it. Types and issuers are found by name or added.
/// </summary>
public static class SearchableDocuments
{
    public sealed record Spec(string Number, string Abstract, string FileText = "", string Issuer = "UBND tỉnh (tìm kiếm)",
        PublicationStatus Status = PublicationStatus.Published, int PublishedDaysAgo = 1, string Type = "Quyết định");

    public static async Task<int> AddAsync(PortalFactory factory, Spec spec)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<Portal.Web.Data.PortalDbContext>();
        var type = await db.DocumentTypes.FirstOrDefaultAsync(t => t.Name == spec.Type)
            ?? db.DocumentTypes.Add(new DocumentType { Name = spec.Type, Abbreviation = "QĐ" }).Entity;
        var issuer = await db.DocumentIssuers.FirstOrDefaultAsync(i => i.Name == spec.Issuer)
            ?? db.DocumentIssuers.Add(new DocumentIssuer { Name = spec.Issuer, Slug = "co-quan-" + Guid.NewGuid().ToString("N")[..12] }).Entity;
        var now = PortalFactory.Now.UtcDateTime;
        var document = new LegalDocument
        {
            Number = spec.Number,
            NumberKey = LegalDocumentNumber.Key(spec.Number),
            Slug = "van-ban-tim-kiem",
            Abstract = spec.Abstract,
            DocumentType = type,
            Issuer = issuer,
            Signer = "Nguyễn Văn A",
            SignerTitle = "Chủ tịch",
            IssuedOn = DateOnly.FromDateTime(now.AddDays(-spec.PublishedDaysAgo - 3)),
            Status = spec.Status,
            PublishedAt = spec.Status == PublicationStatus.Published ? now.AddDays(-spec.PublishedDaysAgo) : null,
            CreatedAt = now.AddDays(-30),
            UpdatedAt = now.AddDays(-30),
            Version = Guid.NewGuid(),
        };
        if (spec.FileText.Length > 0)
        {
            document.Files.Add(new LegalDocumentFile
            {
                FileName = "van-ban.pdf", Hash = new string('a', 32), Format = DocumentFileFormat.Pdf, Length = 1000, PageCount = 1,
                Text = spec.FileText, HasText = true, UploadedAt = now.AddDays(-30),
            });
        }
        db.LegalDocuments.Add(document);
        await LegalDocumentSearchSource.IndexAsync(scope.ServiceProvider.GetRequiredService<ISearch>(), document, CancellationToken.None);
        await db.SaveChangesAsync();
        return document.Id;
    }

    /// <summary>A published article of <paramref name="daysAgo"/>, to compete with the documents for the same words.</summary>
    public static async Task<int> AddArticleAsync(PortalFactory factory, string title, string body, int daysAgo = 2)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<Portal.Web.Data.PortalDbContext>();
        var article = await scope.ServiceProvider.GetRequiredService<ArticleService>().AddAsync(new ArticleDraft(
            title, "", body, "Tác giả", (await db.Categories.FirstAsync()).Id, PublicationStatus.Published, PortalFactory.Now.UtcDateTime.AddDays(-daysAgo)));
        await db.SaveChangesAsync();
        return article.Id;
    }
}
