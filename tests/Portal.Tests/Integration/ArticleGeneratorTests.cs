using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Web.Articles;
using Portal.Web.Data;
using Portal.Web.Importing;
using Portal.Web.Publishing;
using Portal.Web.Search;

namespace Portal.Tests.Integration;

/// <summary>The generator at small scale: reproducible from its seed, sized like real articles, stored as EF stores them.</summary>
[Trait("Database", "SqliteOnly")] // it reads the generated rows from the SQLite file
public sealed class ArticleGeneratorTests : IDisposable
{
    private const int Count = 400;

    private readonly PortalFactory _first = new();

    public void Dispose() => _first.Dispose();

    [Fact]
    public async Task TheSameSeedGivesTheSameArticlesAndAnotherSeedOthers()
    {
        using var other = new PortalFactory();
        var first = await GenerateAsync(_first, seed: 11);
        var second = await GenerateAsync(other, seed: 11);
        var third = await GenerateAsync(other, seed: 12);

        Assert.Equal(Count, first.Count);
        Assert.Equal(first.Select(Fingerprint), second.Select(Fingerprint));
        Assert.Empty(first.Select(a => a.Title + a.BodyMarkdown).Intersect(third.Select(a => a.Title + a.BodyMarkdown)));
    }

    [Fact]
    public async Task BodiesAreTwoToFifteenKilobytesOfRenderedParagraphs()
    {
        var articles = await GenerateAsync(_first, seed: 3);
        var markdown = new MarkdownRenderer();

        Assert.All(articles, a =>
        {
            Assert.InRange(Encoding.UTF8.GetByteCount(a.BodyMarkdown), ArticleTextGenerator.MinBodyBytes, ArticleTextGenerator.MaxBodyBytes);
            Assert.Equal(markdown.ToHtml(a.BodyMarkdown), a.BodyHtml);
            Assert.Equal(PublicationStatus.Published, a.Status);
            Assert.True(a.PublishedAt <= PortalFactory.Now.UtcDateTime);
        });
        // Sizes spread over the range, most articles short.
        var sizes = articles.Select(a => Encoding.UTF8.GetByteCount(a.BodyMarkdown)).Order().ToList();
        Assert.InRange(sizes[sizes.Count / 2], 4_000, 7_500);
        Assert.True(sizes[^1] > 12_000, $"largest {sizes[^1]}");
    }

    [Fact]
    public async Task TheGeneralNewsCategoryHoldsABitOverHalf()
    {
        var articles = await GenerateAsync(_first, seed: 5, count: 2000);
        var lead = await _first.WithDbAsync(db => db.Categories.SingleAsync(c => c.Slug == ArticleGenerator.LeadCategorySlug));

        var share = articles.Count(a => a.CategoryId == lead.Id) / (double)articles.Count;

        Assert.InRange(share, 0.49, 0.56);
        Assert.Equal(20, await _first.WithDbAsync(db => db.Categories.CountAsync()));
        Assert.Equal(20, articles.Select(a => a.CategoryId).Distinct().Count());
    }

    [Fact]
    public async Task EveryArticleHasTheSearchDocumentASaveWouldWriteAndSearchFindsIt()
    {
        var articles = await GenerateAsync(_first, seed: 8);
        var documents = await _first.WithDbAsync(db => db.SearchDocuments.AsNoTracking().Where(d => d.Kind == ArticleSearchSource.Name).ToDictionaryAsync(d => d.ItemId));

        Assert.All(articles, a =>
        {
            Assert.Equal(SearchText.Folded(a.Title), documents[a.Id].Title);
            Assert.Equal(SearchText.DocumentBody(a.Summary, SearchText.PlainText(a.BodyHtml), a.Author), documents[a.Id].Body);
        });
        await using var scope = _first.Services.CreateAsyncScope();
        var newest = articles.MaxBy(a => (a.PublishedAt, a.Id))!;
        var results = await scope.ServiceProvider.GetRequiredService<ISearch>().SearchAsync(SearchQuery.Parse($"\"{newest.Title}\""), 1, 10);
        Assert.Equal(newest.Id, results.Items[0].Id);
    }

    [Fact]
    public async Task GeneratedRowsAreStoredInTheFormsEfWrites()
    {
        var generated = await GenerateAsync(_first, seed: 2, count: 10);
        const string Form = """
            typeof("CategoryId") || typeof("Status") || "Status" || typeof("PublishedAt") || typeof("CreatedAt") || typeof("UpdatedAt")
            || typeof("Version") || length("Version") || ("Version" = upper("Version")) || typeof("ReviewComment") || typeof("UpdatedBy")
            || ("PublishedAt" GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9] [0-9][0-9]:[0-9][0-9]:[0-9][0-9]*')
            """;

        var forms = await QueryAsync(_first, $"SELECT \"Id\" >= {generated[0].Id}, {Form} FROM \"Articles\"");

        var writtenByEf = forms.Where(r => r.Generated == 0).Select(r => r.Form).Distinct().ToList();
        Assert.NotEmpty(writtenByEf);
        Assert.Equal(writtenByEf, forms.Where(r => r.Generated == 1).Select(r => r.Form).Distinct());
    }

    private static string Fingerprint(Article a) =>
        $"{a.Title}|{a.Slug}|{a.Summary}|{a.BodyMarkdown}|{a.BodyHtml}|{a.Author}|{a.CategoryId}|{a.PublishedAt:O}|{a.Version}";

    private static async Task<List<Article>> GenerateAsync(PortalFactory factory, int seed, int count = Count)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var before = await db.Articles.MaxAsync(a => (int?)a.Id) ?? 0;
        await scope.ServiceProvider.GetRequiredService<ArticleGenerator>().GenerateAsync(count, 20, seed);
        return await db.Articles.AsNoTracking().Where(a => a.Id > before).OrderBy(a => a.Id).ToListAsync();
    }

    private static async Task<List<(long Generated, string Form)>> QueryAsync(PortalFactory factory, string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(factory.Database.DataPath, DatabaseSettings.DatabaseFileName)}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        var rows = new List<(long, string)>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rows.Add((reader.GetInt64(0), reader.GetString(1)));
        }
        return rows;
    }
}
