using System.Net;
using Microsoft.EntityFrameworkCore;

namespace Portal.Tests.Integration.Caching;

/// <summary>What the caching tests ask of a response and of the portal.</summary>
internal static class CachedPages
{
    /// <summary>The output cache marks what it serves with an Age header; a rendered page has none.</summary>
    public static bool CameFromCache(this HttpResponseMessage response) => response.Headers.Age is not null;

    /// <summary>Gets a page twice, so that it is in the cache, and checks that the second came from it.</summary>
    public static async Task<string> WarmAsync(this HttpClient browser, string url)
    {
        var first = await browser.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var second = await browser.GetAsync(url);
        Assert.True(second.CameFromCache(), $"{url} was not served from the cache the second time");
        return await second.Content.ReadAsStringAsync();
    }

    /// <summary>The newest published article: its id, address and category.</summary>
    public static Task<(int Id, string Address, int CategoryId, string CategorySlug)> NewestArticleAsync(this PortalFactory factory) =>
        factory.WithDbAsync(async db =>
        {
            var article = await db.Articles.Include(a => a.Category).OrderByDescending(a => a.PublishedAt).FirstAsync();
            return (article.Id, $"/bai-viet/{article.Id}/{article.Slug}", article.CategoryId, article.Category!.Slug);
        });
}
