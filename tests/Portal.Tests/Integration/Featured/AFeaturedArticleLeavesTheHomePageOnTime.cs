using Portal.Tests.Integration.Caching;
using Portal.Web.Accounts;

namespace Portal.Tests.Integration.Featured;

/// <summary>The cached home page never outlives the first featured article's end, and an article unpublished leaves at once.</summary>
public sealed class AFeaturedArticleLeavesTheHomePageOnTime : IDisposable
{
    private readonly PortalFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task AtItsEndTimeOnTheTestClock()
    {
        using var approver = await _factory.SignedInAsync(Roles.Approver);
        using var citizen = _factory.CreateBrowser();
        var article = (await _factory.VisibleArticlesAsync())[12];
        // The page cache keeps a page a minute at most: an end in 90 s falls inside the second copy's life.
        await approver.FeatureAsync(article.Id, _factory.TypedIn(TimeSpan.FromSeconds(90)).Replace(" ", "  ", StringComparison.Ordinal));
        var until = await _factory.WithDbAsync(db => Task.FromResult(db.FeaturedArticles.Single().Until));
        _factory.Clock.Advance(until - _factory.Clock.GetUtcNow().UtcDateTime - TimeSpan.FromSeconds(30));
        Assert.Contains(article.Id, FeaturedArticlesOnTheHomePage.LinkedArticleIds(await citizen.WarmAsync("/"), "tin-noi-bat"));

        _factory.Clock.Advance(TimeSpan.FromSeconds(29));
        var justBefore = await citizen.GetAsync("/");
        Assert.True(justBefore.CameFromCache());
        Assert.Contains("tin-noi-bat", await justBefore.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        _factory.Clock.Advance(TimeSpan.FromSeconds(1));
        var atItsEnd = await citizen.GetAsync("/");
        Assert.False(atItsEnd.CameFromCache(), "the cached home page outlived the featured article's end");
        Assert.DoesNotContain("tin-noi-bat", await atItsEnd.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain(article.Title, Html.Text(await approver.GetStringAsync("/admin/featured")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task WhenItIsUnpublished()
    {
        using var approver = await _factory.SignedInAsync(Roles.Approver);
        using var citizen = _factory.CreateBrowser();
        var article = (await _factory.VisibleArticlesAsync())[3];
        await approver.FeatureAsync(article.Id, _factory.TypedIn(TimeSpan.FromDays(1)));
        Assert.Equal([article.Id], FeaturedArticlesOnTheHomePage.LinkedArticleIds(await citizen.WarmAsync("/"), "tin-noi-bat"));

        await approver.ReviewAsync(article.Id, "Unpublish");

        var html = await citizen.GetStringAsync("/");
        Assert.DoesNotContain("tin-noi-bat", html, StringComparison.Ordinal);
        Assert.DoesNotContain(article.Id, FeaturedArticlesOnTheHomePage.LinkedArticleIds(html));
    }
}
