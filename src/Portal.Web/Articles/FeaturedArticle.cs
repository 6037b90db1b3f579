using Portal.Web.Caching;
using Portal.Web.Publishing;

namespace Portal.Web.Articles;

/// <summary>A published article pinned at the head of the home page ("Tin nổi bật") until <see cref="Until"/> (UTC).</summary>
public class FeaturedArticle
{
    public int Id { get; set; }
    public int ArticleId { get; set; }
    public Article? Article { get; set; }

    /// <summary>The order on the home page, smallest first: the first is the large lead story.</summary>
    public int Position { get; set; }

    public DateTime Until { get; set; }
    public string FeaturedBy { get; set; } = "";
    public DateTime FeaturedAt { get; set; }
}

/// <summary>The home page's settings (<c>Portal:Home</c>).</summary>
public sealed class HomeOptions
{
    public const string Section = "Portal:Home";

    /// <summary>How many articles may be featured at once.</summary>
    public int FeaturedCount { get; set; } = 4;
}

/// <summary>Any change to the featured list shows on the home page (and only there of the listings).</summary>
public sealed class FeaturedArticleCacheTags : ICacheTagSource
{
    public IEnumerable<string> TagsOf(Microsoft.EntityFrameworkCore.ChangeTracking.EntityEntry entry) =>
        entry.Entity is FeaturedArticle ? [PageCacheTags.Listings] : [];
}
