using Portal.Web.Accounts;

namespace Portal.Tests.Integration.Featured;

/// <summary>The newest article is not listed again in its category's block, nor a featured one anywhere below.</summary>
public sealed class TheHomePageNeverShowsAnArticleTwice : IDisposable
{
    private readonly PortalFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task WithoutAndWithFeaturedArticles()
    {
        using var citizen = _factory.CreateBrowser();
        var before = FeaturedArticlesOnTheHomePage.LinkedArticleIds(await citizen.GetStringAsync("/"));
        Assert.True(before.Count > 10, "the seeded home page lists too few articles to tell");
        AssertNoRepeats(await citizen.GetStringAsync("/"));

        using var approver = await _factory.SignedInAsync(Roles.Approver);
        var articles = await _factory.VisibleArticlesAsync();
        // The newest (under "Tin mới nhất") and one a category block shows, featured: both move up, and each block still has its four.
        foreach (var article in new[] { articles[0], articles[7] })
        {
            await approver.FeatureAsync(article.Id, _factory.TypedIn(TimeSpan.FromDays(1)));
        }

        var html = await citizen.GetStringAsync("/");
        AssertNoRepeats(html);
        Assert.Equal([articles[0].Id, articles[7].Id], FeaturedArticlesOnTheHomePage.LinkedArticleIds(html, "tin-noi-bat"));
        Assert.Equal(Portal.Web.Pages.IndexModel.NewestCount, FeaturedArticlesOnTheHomePage.LinkedArticleIds(html, "tin-moi-nhat").Count);
    }

    private static void AssertNoRepeats(string html)
    {
        // Each article once as a link target: the thumbnail is no link of its own, so the title is the one.
        var links = System.Text.RegularExpressions.Regex.Matches(html[html.IndexOf("<main", StringComparison.Ordinal)..], "href=\"/bai-viet/(\\d+)/")
            .Select(m => m.Groups[1].Value).ToList();
        var repeated = links.GroupBy(l => l).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        Assert.True(repeated.Count == 0, "Shown twice: " + string.Join(", ", repeated));
    }
}
