using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Web.Articles;
using Portal.Web.Data;
using Portal.Web.Importing;
using Portal.Web.Publishing;
using Portal.Web.Search;

namespace Portal.Tests.Integration;

/// <summary>
/// Search among 10,000 generated articles and a few hidden ones finds what a plain scan of every document finds, in
/// the same order, whichever way a page is read (walking the newest articles, or looking few matches up).
/// </summary>
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
                (await db.Categories.FirstAsync()).Id, PublicationStatus.Published, PortalFactory.Now.UtcDateTime.AddYears(-3)));
            await db.SaveChangesAsync();
            BridgeId = bridge.Id;

            // Matches no reader may see: drafts, an unpublished article, scheduled ones.
            var service = scope.ServiceProvider.GetRequiredService<ArticleService>();
            var categoryId = (await db.Categories.FirstAsync()).Id;
            var now = PortalFactory.Now.UtcDateTime;
            foreach (var (status, publishedAt) in new (PublicationStatus, DateTime?)[]
            {
                (PublicationStatus.Draft, null), (PublicationStatus.Submitted, null), (PublicationStatus.Unpublished, now.AddDays(-2)),
                (PublicationStatus.Published, now.AddHours(2)), (PublicationStatus.Published, now.AddDays(30)),
            })
            {
                await service.AddAsync(new ArticleDraft($"UBND tỉnh tổ chức hội nghị chuyển đổi số về nông thôn ({status}, {publishedAt:d})", "Đầu tư.",
                    "Hội nghị của tỉnh về chuyển đổi số, nông thôn và đầu tư.", "Thùy Dương", categoryId, status, publishedAt));
                await db.SaveChangesAsync();
            }
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
            .Where(a => a.Status == PublicationStatus.Published && a.PublishedAt <= PortalFactory.Now.UtcDateTime)
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

    [Theory]
    [InlineData("tinh")]
    [InlineData("hội nghị")]
    [InlineData("\"chuyển đổi số\"")]
    [InlineData("nong thon dau tu")]
    [InlineData("thuy duong")]
    [InlineData("khanh thanh cong trinh chau duc")]
    [InlineData("cau phuoc an dong nai")]
    [InlineData("khongcotunaydau")]
    public async Task TotalsAndPagesAreThoseOfAPlainSearchOfEveryDocument(string query)
    {
        var expected = await PlainSearchAsync(query);
        var pageCount = Math.Max(1, (expected.All.Count + 9) / 10);
        var pages = new[] { 1, 2, (expected.InTitle / 10) + 1, (expected.InTitle / 10) + 2, pageCount / 2, pageCount - 1, pageCount }
            .Where(p => p >= 1 && p <= pageCount).Distinct();

        foreach (var page in pages)
        {
            await using var scope = _factory.Services.CreateAsyncScope();
            // Articles only: the plain search reads articles, and the seeded documents share words with them.
            var results = await scope.ServiceProvider.GetRequiredService<ISearch>().SearchAsync(SearchQuery.Parse(query), page, 10, ArticleSearchSource.Name);

            Assert.Equal(expected.All.Count, results.Total);
            Assert.Equal(pageCount, results.PageCount);
            Assert.Equal(expected.All.Skip((page - 1) * 10).Take(10), results.Items.Select(h => h.Id));
        }
    }

    /// <summary>Every visible article whose folded text holds each clause: those holding them all in the title first, then newest first.</summary>
    private async Task<(List<int> All, int InTitle)> PlainSearchAsync(string query)
    {
        var clauses = SearchQuery.Parse(query).Clauses.Select(c => " " + string.Join(' ', c) + " ").ToList();
        var now = PortalFactory.Now.UtcDateTime;
        var documents = await _factory.WithDbAsync(db => db.SearchDocuments.AsNoTracking().Where(d => d.Kind == ArticleSearchSource.Name)
            .Join(db.Articles.Where(a => a.Status == PublicationStatus.Published && a.PublishedAt <= now), d => d.ItemId, a => a.Id,
                (d, a) => new { ArticleId = d.ItemId, d.Title, d.Body, a.PublishedAt }).ToListAsync());
        var matching = documents
            .Where(d => clauses.All(c => d.Title.Contains(c, StringComparison.Ordinal) || d.Body.Contains(c, StringComparison.Ordinal)))
            .Select(d => new { d.ArticleId, d.PublishedAt, InTitle = clauses.All(c => d.Title.Contains(c, StringComparison.Ordinal)) })
            .OrderByDescending(d => d.InTitle).ThenByDescending(d => d.PublishedAt).ThenByDescending(d => d.ArticleId)
            .ToList();
        return (matching.Select(d => d.ArticleId).ToList(), matching.Count(d => d.InTitle));
    }

    private async Task<List<int>> SearchAsync(string query)
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        var results = await scope.ServiceProvider.GetRequiredService<ISearch>().SearchAsync(SearchQuery.Parse(query), 1, 10);
        return results.Items.Select(h => h.Id).ToList();
    }
}
