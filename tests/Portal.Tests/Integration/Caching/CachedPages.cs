using System.Net;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Web.Caching;
using Portal.Web.Publishing;

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

    /// <summary>The portal's in-memory page cache store, to count its entries.</summary>
    public static MemoryPageCacheStore PageCache(this PortalFactory factory) =>
        (MemoryPageCacheStore)factory.Services.GetRequiredService<IOutputCacheStore>();

    /// <summary>Twelve more articles in "tin-tuc-su-kien", so that its listing has a page 2.</summary>
    public static async Task PublishTwoPagesOfNewsAsync(this PortalFactory factory)
    {
        var categoryId = await factory.CategoryIdAsync("tin-tuc-su-kien");
        await factory.WithDbAsync(db =>
        {
            var at = PortalFactory.Now.UtcDateTime.AddDays(-1);
            db.Articles.AddRange(Enumerable.Range(1, 12).Select(i => new Portal.Web.Articles.Article
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
    }
}
