using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Portal.Web.Articles;
using Portal.Web.Localization;
using Portal.Web.Publishing;

namespace Portal.Tests.Integration.Featured;

/// <summary>What the tests of "Tin nổi bật" share: featuring through the review page, and reading the home page's article links.</summary>
public static partial class FeaturedArticlesOnTheHomePage
{
    /// <summary>The visible published articles, newest first.</summary>
    public static Task<List<Article>> VisibleArticlesAsync(this PortalFactory factory) =>
        factory.WithDbAsync(db => db.Articles.AsNoTracking()
            .Where(a => a.Status == PublicationStatus.Published && a.PublishedAt <= PortalFactory.Now.UtcDateTime)
            .OrderByDescending(a => a.PublishedAt).ThenByDescending(a => a.Id).ToListAsync());

    /// <summary>Posts the review page's "Đưa lên tin nổi bật" form with the end time typed.</summary>
    public static async Task<HttpResponseMessage> FeatureAsync(this HttpClient approver, int articleId, string until)
    {
        var page = await approver.GetStringAsync($"/admin/articles/review/{articleId}");
        return await approver.PostFormAsync($"/admin/articles/review/{articleId}", new() { ["FeaturedUntil"] = until }, Newsroom.AntiforgeryToken(page), "Feature");
    }

    /// <summary>An end time <paramref name="fromNow"/> after the test clock, as typed.</summary>
    public static string TypedIn(this PortalFactory factory, TimeSpan fromNow) =>
        VietnamTime.FormatInput(factory.Clock.GetUtcNow().UtcDateTime + fromNow);

    /// <summary>The ids of the articles a page links to, in the order of the page, within its section of that id (or the whole main).</summary>
    public static List<int> LinkedArticleIds(string html, string? sectionId = null)
    {
        var main = html[html.IndexOf("<main", StringComparison.Ordinal)..];
        if (sectionId is not null)
        {
            var start = main.IndexOf($"aria-labelledby=\"{sectionId}\"", StringComparison.Ordinal);
            Assert.True(start >= 0, $"The page has no section {sectionId}");
            main = main[start..main.IndexOf("</section>", start, StringComparison.Ordinal)];
        }
        return ArticleLink().Matches(main).Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).Distinct().ToList();
    }

    [GeneratedRegex("href=\"/bai-viet/(\\d+)/")]
    private static partial Regex ArticleLink();
}
