using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Web.Importing;
using Portal.Web.LegalDocuments;
using Portal.Web.Publishing;
using Portal.Web.Search;

namespace Portal.Tests.Integration;

/// <summary>The library a newcomer's first start shows: the seeded documents, their PDFs, relations and legal force.</summary>
public sealed class SeededLegalDocumentsTests : IDisposable
{
    private readonly PortalFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task TheSeededLibraryHasTwentyPublishedDocumentsEachWithAReadablePdf()
    {
        var seeded = await _factory.WithDbAsync(db => db.LegalDocuments.AsNoTracking().AsSplitQuery().Include(d => d.Files).Include(d => d.Fields)
            .Where(d => d.UpdatedBy == Portal.Web.Articles.ArticleService.SystemUser).ToListAsync());

        Assert.InRange(seeded.Count, 20, 1000);
        Assert.All(seeded, d =>
        {
            Assert.Equal(PublicationStatus.Published, d.Status);
            Assert.NotEmpty(d.Fields);
            Assert.NotEmpty(d.Signer);
            var file = Assert.Single(d.Files);
            Assert.Equal(DocumentFileFormat.Pdf, file.Format);
            Assert.True(file.HasText && file.Text.Contains(d.Number, StringComparison.Ordinal), d.Number);
        });
        Assert.True(await _factory.WithDbAsync(db => db.DocumentIssuers.CountAsync(i => i.Slug == "ubnd-tinh" || i.Slug == "hdnd-tinh" || i.Slug.StartsWith("so-"))) >= 6);
        Assert.Equal("QĐ", await _factory.WithDbAsync(db => db.DocumentTypes.Where(t => t.Name == "Quyết định").Select(t => t.Abbreviation).SingleAsync()));
    }

    [Fact]
    public async Task SeededRelationsPutSomeDocumentsOutOfForce()
    {
        var today = DateOnly.FromDateTime(PortalFactory.Now.UtcDateTime);

        var relations = await _factory.WithDbAsync(db => db.LegalDocumentRelations.Select(r => r.Kind).ToListAsync());
        var outOfForce = await _factory.WithDbAsync(db => db.LegalDocuments.Where(LegalForceRule.Is(LegalForce.OutOfForce, today)).Select(d => d.Number).ToListAsync());
        var partly = await _factory.WithDbAsync(db => db.LegalDocuments.Where(LegalForceRule.Is(LegalForce.PartlyOutOfForce, today)).Select(d => d.Number).ToListAsync());
        var notYet = await _factory.WithDbAsync(db => db.LegalDocuments.Where(LegalForceRule.Is(LegalForce.NotYetInForce, today)).Select(d => d.Number).ToListAsync());

        Assert.Equal([RelationKind.Replaces, RelationKind.Amends, RelationKind.Guides, RelationKind.Repeals], relations.Distinct().Order());
        Assert.Contains("12/2020/QĐ-UBND", outOfForce);   // replaced
        Assert.Contains("08/2021/QĐ-UBND", outOfForce);   // repealed
        Assert.Contains("05/2022/NQ-HĐND", outOfForce);   // expired
        Assert.Contains("20/2022/NQ-HĐND", partly);       // by hand
        Assert.Contains("02/2026/QĐ-UBND", notYet);
        Assert.DoesNotContain("11/2019/QĐ-UBND", outOfForce); // its replacement takes effect only next year
    }

    [Theory]
    [InlineData("Thùy Vân", "38/2024/QĐ-UBND")]          // a word of the file only
    [InlineData("tiem chung mo rong", "1850/QĐ-SYT")]    // without diacritics
    [InlineData("hạt điều Châu Đức", "125/KH-UBND")]
    public async Task SearchFindsASeededDocumentByTheTextOfItsFile(string words, string number)
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        var search = scope.ServiceProvider.GetRequiredService<ISearch>();

        var hits = (await search.SearchAsync(SearchQuery.Parse(words), 1, 10, LegalDocumentSearchSource.Name)).Items;

        Assert.Contains(hits, h => h.Title.Contains(number, StringComparison.Ordinal));
    }

    [Fact]
    public async Task TheSeedsFileIsInTheImportFormat()
    {
        await using var csv = File.OpenRead(Path.Combine(AppContext.BaseDirectory, "seeds", "documents", "documents.csv"));

        var reading = LegalDocumentCsv.Read(csv);

        Assert.Null(reading.FileRefusal);
        Assert.Empty(reading.Problems);
        Assert.InRange(reading.Rows.Count, 20, 1000);
        Assert.All(reading.Rows, r => Assert.Single(r.FileNames));
    }
}
