using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Web.Articles;
using Portal.Web.Common;
using Portal.Web.Data;
using Portal.Web.Importing;
using Portal.Web.Pages;
using Portal.Web.Publishing;

namespace Portal.Tests.Integration;

/// <summary>
/// The public lists at 3,000 articles, with ties and hidden articles: category pages deep into the largest category,
/// and the sitemap's pages, hold exactly what a plain ordering puts there; category pages read the category's index.
/// </summary>
public sealed class ListsAtScaleTests(ListsAtScaleTests.Fixture fixture) : IClassFixture<ListsAtScaleTests.Fixture>
{
    public sealed class Fixture : IAsyncLifetime
    {
        public PortalFactory Factory { get; } = new();
        public int CategoryId { get; private set; }
        public List<int> Expected { get; private set; } = [];
        public List<(int Id, int CategoryId, DateTime PublishedAt)> Visible { get; private set; } = [];

        public async Task InitializeAsync()
        {
            await using var scope = Factory.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<ArticleGenerator>().GenerateAsync(3_000, 20, seed: 21);
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            CategoryId = (await db.Categories.SingleAsync(c => c.Slug == ArticleGenerator.LeadCategorySlug)).Id;
            var now = PortalFactory.Now.UtcDateTime;

            // Ties on the publication time (ordered by id), and articles no reader may see yet.
            var tied = await db.Articles.Where(a => a.CategoryId == CategoryId).OrderBy(a => a.Id).Skip(700).Take(6).ToListAsync();
            tied.ForEach(a => a.PublishedAt = tied[0].PublishedAt);
            tied[1].Status = PublicationStatus.Draft;
            tied[2].PublishedAt = now.AddDays(3);
            tied[3].Status = PublicationStatus.Unpublished;
            await db.SaveChangesAsync();

            var all = await db.Articles.AsNoTracking().Select(a => new { a.Id, a.CategoryId, a.Status, a.PublishedAt }).ToListAsync();
            Visible = all.Where(a => a.Status == PublicationStatus.Published && a.PublishedAt <= now).Select(a => (a.Id, a.CategoryId, a.PublishedAt!.Value)).ToList();
            Expected = Visible.Where(a => a.CategoryId == CategoryId)
                .OrderByDescending(a => a.PublishedAt).ThenByDescending(a => a.Id).Select(a => a.Id).ToList();
        }

        public Task DisposeAsync()
        {
            Factory.Dispose();
            return Task.CompletedTask;
        }
    }

    private readonly PortalFactory _factory = fixture.Factory;

    [Fact]
    public async Task EveryPageHoldsTheArticlesAPlainOrderingPutsThere()
    {
        var pageCount = (fixture.Expected.Count + CategoryModel.PageSize - 1) / CategoryModel.PageSize;
        Assert.True(pageCount > 100, $"{pageCount} pages");

        for (var number = 1; number <= pageCount; number++)
        {
            var page = await PageAsync(number);

            Assert.NotNull(page);
            Assert.Equal(pageCount, page.PageCount);
            Assert.Equal(fixture.Expected.Skip((number - 1) * CategoryModel.PageSize).Take(CategoryModel.PageSize), page.Items.Select(i => i.Id));
        }
        Assert.Null(await PageAsync(pageCount + 1));
    }

    [Fact]
    [Trait("Database", "SqliteOnly")] // SQLite's query plans
    public async Task TheCountAndThePageOfIdsReadTheCategoryIndexAlone()
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var now = PortalFactory.Now.UtcDateTime;
        var inCategory = db.Articles.Where(a => a.Status == PublicationStatus.Published && a.PublishedAt <= now && a.CategoryId == fixture.CategoryId);

        // EF's SQL for CountAsync, which has no ToQueryString.
        var countPlan = await PlanAsync(
            $"SELECT COUNT(*) FROM \"Articles\" AS \"a\" WHERE \"a\".\"Status\" = 2 AND \"a\".\"PublishedAt\" <= '{now:yyyy-MM-dd HH:mm:ss}' AND \"a\".\"CategoryId\" = {fixture.CategoryId}");
        var pagePlan = await PlanAsync(inCategory.OrderByDescending(a => a.PublishedAt).ThenByDescending(a => a.Id)
            .Skip(1_200).Take(10).Select(a => a.Id).ToQueryString());

        Assert.Contains("USING COVERING INDEX IX_Articles_CategoryId_Status_PublishedAt_Id", countPlan);
        var oldestFirstPlan = await PlanAsync(inCategory.OrderBy(a => a.PublishedAt).ThenBy(a => a.Id)
            .Skip(300).Take(10).Select(a => a.Id).ToQueryString());

        Assert.Contains("USING COVERING INDEX IX_Articles_CategoryId_Status_PublishedAt_Id", pagePlan);
        Assert.DoesNotContain("TEMP B-TREE", pagePlan);
        Assert.Contains("USING COVERING INDEX IX_Articles_CategoryId_Status_PublishedAt_Id", oldestFirstPlan);
        Assert.DoesNotContain("TEMP B-TREE", oldestFirstPlan);
    }

    [Fact]
    public async Task SitemapPagesHoldTheVisibleArticlesInIdOrderAndCategoriesTheirNewestTime()
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        var articles = scope.ServiceProvider.GetRequiredService<PublishedArticles>();
        var ids = fixture.Visible.Select(a => a.Id).Order().ToList();

        foreach (var (skip, take) in new[] { (0, 1_000), (1_000, 1_000), (2_900, 1_000), (5_000, 10) })
        {
            var entries = await articles.SitemapEntriesAsync(skip, take);
            Assert.Equal(ids.Skip(skip).Take(take), entries.Select(e => e.Id));
        }
        var latest = fixture.Visible.GroupBy(a => a.CategoryId).ToDictionary(g => g.Key, g => g.Max(a => a.PublishedAt));
        Assert.Equal(latest.OrderBy(l => l.Key), (await articles.LatestByCategoryAsync()).OrderBy(l => l.Key));
    }

    private async Task<Paged<ArticleListItem>?> PageAsync(int number)
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PublishedArticles>().CategoryPageAsync(fixture.CategoryId, number, CategoryModel.PageSize);
    }

    /// <summary>SQLite's plan for EF's SQL, its parameters given the values EF shows.</summary>
    private async Task<string> PlanAsync(string sqlWithParameters)
    {
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(_factory.Database.DataPath, DatabaseSettings.DatabaseFileName)}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        var lines = sqlWithParameters.Split('\n');
        foreach (var line in lines.Where(l => l.StartsWith(".param set ", StringComparison.Ordinal)))
        {
            var parts = line[".param set ".Length..].Split(' ', 2);
            command.Parameters.AddWithValue(parts[0], parts[1].Trim().Trim('\''));
        }
        command.CommandText = "EXPLAIN QUERY PLAN " + string.Join('\n', lines.Where(l => !l.StartsWith(".param set ", StringComparison.Ordinal)));
        var plan = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            plan.Add(reader.GetString(3));
        }
        return string.Join('\n', plan);
    }
}
