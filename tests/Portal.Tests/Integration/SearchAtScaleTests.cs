using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Web.Articles;
using Portal.Web.Data;
using Portal.Web.Importing;
using Portal.Web.Search;

namespace Portal.Tests.Integration;

/// <summary>Search among 10,000 generated articles finds the right first result, as a plain scan of the titles says it should.</summary>
public sealed class SearchAtScaleTests(SearchAtScaleTests.Fixture fixture) : IClassFixture<SearchAtScaleTests.Fixture>
{
    public sealed class Fixture : IAsyncLifetime
    {
        public PortalFactory Factory { get; } = new();
        public int BridgeId { get; private set; }

        public async Task InitializeAsync()
        {
            await using var scope = Factory.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<ArticleGenerator>().GenerateAsync(10_000, 20, seed: 7);
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            var bridge = await scope.ServiceProvider.GetRequiredService<ArticleService>().AddAsync(new ArticleDraft(
                "Khánh thành cầu Phước An nối thị xã Phú Mỹ với tỉnh Đồng Nai", "", "Cây cầu dài 4,5 km.", "Hải Đăng",
                (await db.Categories.FirstAsync()).Id, ArticleStatus.Published, PortalFactory.Now.UtcDateTime.AddYears(-3)));
            await db.SaveChangesAsync();
            BridgeId = bridge.Id;
        }

        public Task DisposeAsync()
        {
            Factory.Dispose();
            return Task.CompletedTask;
        }
    }

    private readonly PortalFactory _factory = fixture.Factory;

    [Fact]
    public async Task ARareTitleIsFoundFirstAmongTenThousandArticles()
    {
        var hits = await SearchAsync("cau phuoc an dong nai");

        Assert.Equal(fixture.BridgeId, hits[0]);
    }

    [Theory]
    [InlineData("khanh thanh cong trinh chau duc")]
    [InlineData("Chuyển đổi số Xuyên Mộc")]
    [InlineData("dân vận khéo Vũng Tàu")]
    [InlineData("\"tong ket phong trao\" con dao")]
    public async Task TheFirstResultIsTheNewestArticleWhoseTitleHoldsEveryWord(string query)
    {
        var parsed = SearchQuery.Parse(query);
        var titles = await _factory.WithDbAsync(db => db.Articles.AsNoTracking()
            .Where(a => a.Status == ArticleStatus.Published && a.PublishedAt <= PortalFactory.Now.UtcDateTime)
            .Select(a => new { a.Id, a.Title, a.PublishedAt }).ToListAsync());
        var expected = titles
            .Where(a => parsed.Clauses.All(c => SearchText.Folded(a.Title).Contains(" " + string.Join(' ', c) + " ", StringComparison.Ordinal)))
            .OrderByDescending(a => a.PublishedAt).ThenByDescending(a => a.Id)
            .Select(a => a.Id).ToList();
        Assert.NotEmpty(expected);

        var hits = await SearchAsync(query);

        Assert.Equal(expected[0], hits[0]);
        Assert.Equal(expected.Take(10), hits.Take(Math.Min(10, expected.Count)));
    }

    private async Task<List<int>> SearchAsync(string query)
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        var results = await scope.ServiceProvider.GetRequiredService<IArticleSearch>().SearchAsync(SearchQuery.Parse(query), 1, 10);
        return results.Hits.Select(h => h.Article.Id).ToList();
    }
}
