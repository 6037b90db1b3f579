using System.Net;
using AngleSharp.Html.Parser;
using Portal.Tests.Integration.Caching;
using Portal.Web.Articles;
using Portal.Web.Publishing;

namespace Portal.Tests.Integration.PublicAddresses;

/// <summary>
/// A page is cached as the first request rendered it and then served to everyone, so nothing of that request may
/// stay in it: its canonical link, og:url and the language switch's return address come from the route and the
/// stored slug, never from the path's letters or the query. An address in other letters (<c>/TRANG/...</c>) is
/// answered, not redirected: the cache's key ignores case, so a redirect would come only while the page is cold;
/// the canonical link names the one address either way.
/// </summary>
public sealed class ACachedPageKeepsNothingOfTheFirstRequest(ACachedPageKeepsNothingOfTheFirstRequest.Fixture fixture)
    : IClassFixture<ACachedPageKeepsNothingOfTheFirstRequest.Fixture>
{
    /// <summary>The portal, with a second page in one category.</summary>
    public sealed class Fixture : IAsyncLifetime
    {
        public PortalFactory Factory { get; } = new();

        /// <summary>The newest article's "id/slug".</summary>
        public string Article { get; private set; } = "";

        public async Task InitializeAsync()
        {
            var categoryId = await Factory.CategoryIdAsync("tin-tuc-su-kien");
            var at = PortalFactory.Now.UtcDateTime.AddDays(-2);
            await Factory.WithDbAsync(db =>
            {
                db.Articles.AddRange(Enumerable.Range(1, 12).Select(i => new Article
                {
                    Title = $"Tin thứ {i}",
                    Slug = $"tin-thu-{i}",
                    CategoryId = categoryId,
                    Status = PublicationStatus.Published,
                    PublishedAt = at.AddMinutes(i),
                    CreatedAt = at,
                    UpdatedAt = at,
                }));
                return db.SaveChangesAsync();
            });
            Article = (await Factory.NewestArticleAsync()).Address["/bai-viet/".Length..];
        }

        public Task DisposeAsync()
        {
            Factory.Dispose();
            return Task.CompletedTask;
        }
    }

    /// <summary>What an attacker adds: markup and Vietnamese in one parameter, a tracking tag in another.</summary>
    private const string HostileQuery = "x=%3Cgi%E1%BA%A3%20m%E1%BA%A1o%3E&utm_source=attacker";

    [Theory]
    [InlineData("/", "/", "/")]
    [InlineData("/CHUYEN-MUC/tin-tuc-su-kien", "/chuyen-muc/tin-tuc-su-kien", "/chuyen-muc/tin-tuc-su-kien")]
    [InlineData("/Chuyen-Muc/tin-tuc-su-kien?trang=2", "/chuyen-muc/tin-tuc-su-kien?trang=2", "/chuyen-muc/tin-tuc-su-kien?trang=2")]
    [InlineData("/BAI-VIET/{article}", "/bai-viet/{article}", "/bai-viet/{article}")]
    [InlineData("/BAI-VIET/{article}/BAN-IN", "/bai-viet/{article}/ban-in", "/bai-viet/{article}")]
    [InlineData("/TRANG/gioi-thieu", "/trang/gioi-thieu", "/trang/gioi-thieu")]
    public async Task TheReadersAfterAHostileFirstRequestGetThePageAsTheRouteNamesIt(string first, string clean, string canonical)
    {
        (first, clean, canonical) = (first.Replace("{article}", fixture.Article, StringComparison.Ordinal),
            clean.Replace("{article}", fixture.Article, StringComparison.Ordinal), canonical.Replace("{article}", fixture.Article, StringComparison.Ordinal));
        using var attacker = fixture.Factory.CreateBrowser();
        using var reader = fixture.Factory.CreateBrowser();

        var hostile = await attacker.GetAsync(first + (first.Contains('?') ? '&' : '?') + HostileQuery);
        var later = await reader.GetAsync(clean);

        Assert.Equal(HttpStatusCode.OK, hostile.StatusCode);
        Assert.True(later.CameFromCache(), $"{clean} was not served from the entry the first request made");
        foreach (var html in new[] { await hostile.Content.ReadAsStringAsync(), await later.Content.ReadAsStringAsync() })
        {
            AssertNamesOnly(html, canonical);
            if (first != clean)
            {
                Assert.DoesNotContain(first.Split('?')[0], html, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public async Task TheSearchPageNamesItselfByTheQueryItShows()
    {
        using var reader = fixture.Factory.CreateBrowser();

        var html = await reader.GetStringAsync("/SEARCH?q=t%E1%BB%89nh&trang=1&" + HostileQuery);

        AssertNamesOnly(html, "/search?q=t%E1%BB%89nh");
    }

    [Fact]
    public async Task AnErrorPageNamesItselfByItsStatus()
    {
        using var reader = fixture.Factory.CreateBrowser();

        var response = await reader.GetAsync("/KHONG-CO-TRANG-NAY?" + HostileQuery);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        AssertNamesOnly(await response.Content.ReadAsStringAsync(), "/loi/404");
    }

    /// <summary>
    /// The page names itself by <paramref name="canonical"/> alone (photos aside), the language switch returns
    /// there, and nothing of the hostile query is anywhere in it.
    /// </summary>
    private static void AssertNamesOnly(string html, string canonical)
    {
        var page = new HtmlParser().ParseDocument(html);
        var own = OwnAddresses.In("text/html", html);
        Assert.Contains(("canonical", "http://localhost" + canonical), own);
        Assert.All(own, a => Assert.True(a.Address == "http://localhost" + canonical || a.Address.StartsWith("http://localhost/anh/", StringComparison.Ordinal), $"{a.Where}: {a.Address}"));
        if (OwnAddresses.ReturnUrl(page) is { } returnUrl)
        {
            Assert.Equal(canonical, returnUrl);
        }
        Assert.DoesNotContain("attacker", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("giả mạo", page.DocumentElement.OuterHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("gi%E1%BA%A3", html, StringComparison.OrdinalIgnoreCase);
    }
}
