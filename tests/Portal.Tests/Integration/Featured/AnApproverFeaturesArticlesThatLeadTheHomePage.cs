using System.Net;
using Portal.Tests.Integration.Caching;
using Portal.Web.Accounts;

namespace Portal.Tests.Integration.Featured;

/// <summary>Featured articles lead the home page in their order, the first large with its cover; moving one reorders the cached page at once.</summary>
public sealed class AnApproverFeaturesArticlesThatLeadTheHomePage : IDisposable
{
    private readonly PortalFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task InTheOrderTheyWerePinnedThenAsMoved()
    {
        using var approver = await _factory.SignedInAsync(Roles.Approver);
        using var citizen = _factory.CreateBrowser();
        var articles = await _factory.VisibleArticlesAsync();
        var (older, oldest) = (articles[10], articles[^1]);
        Assert.Empty(FeaturedArticlesOnTheHomePage.LinkedArticleIds(await citizen.WarmAsync("/"), "tin-moi-nhat").Intersect([older.Id, oldest.Id]));

        Assert.Equal(HttpStatusCode.Redirect, (await approver.FeatureAsync(older.Id, _factory.TypedIn(TimeSpan.FromDays(2)))).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await approver.FeatureAsync(oldest.Id, _factory.TypedIn(TimeSpan.FromDays(2)))).StatusCode);

        var home = await citizen.GetAsync("/");
        Assert.False(home.CameFromCache(), "featuring did not evict the cached home page");
        var html = await home.Content.ReadAsStringAsync();
        Assert.Equal([older.Id, oldest.Id], FeaturedArticlesOnTheHomePage.LinkedArticleIds(html, "tin-noi-bat"));
        Assert.Contains($"class=\"featured-title\"><a href=\"/bai-viet/{older.Id}/", html, StringComparison.Ordinal);

        var list = await approver.GetStringAsync("/admin/featured");
        Assert.Contains(oldest.Title, Html.Text(list), StringComparison.Ordinal);
        var rowId = await _factory.WithDbAsync(db => Task.FromResult(db.FeaturedArticles.Single(f => f.ArticleId == oldest.Id).Id));
        Assert.Equal(HttpStatusCode.Redirect, (await approver.PostFormAsync($"/admin/featured?id={rowId}", [], Newsroom.AntiforgeryToken(list), "MoveUp")).StatusCode);

        Assert.Equal([oldest.Id, older.Id], FeaturedArticlesOnTheHomePage.LinkedArticleIds(await citizen.GetStringAsync("/"), "tin-noi-bat"));
        var audit = await _factory.WithDbAsync(db => Task.FromResult(db.AuditEntries.Where(e => e.Action.StartsWith("article-feature")).OrderBy(e => e.Id).Select(e => e.Action).ToList()));
        Assert.Equal(["article-featured", "article-featured", "article-feature-changed"], audit);
    }
}
