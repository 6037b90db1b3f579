namespace Portal.Web.Caching;

/// <summary><c>Portal:Cache:*</c>: the output cache of citizens' pages.</summary>
public sealed class PageCacheOptions
{
    public const string Section = "Portal:Cache";

    /// <summary>Off only to measure the portal without it, or to find a caching fault.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// The longest a cached page lives. The sidebar's visitor count may be at most this old, so one minute;
    /// a change to what a page shows evicts it at once whatever this says.
    /// </summary>
    public int MaxAgeSeconds { get; set; } = 60;

    /// <summary>Memory for cached pages; past it, the entries closest to expiry go first. 32 MB holds the newest 1,000 articles in both encodings and kept the RSS 69 MB lower than 64 (issue 18).</summary>
    public int SizeLimitMegabytes { get; set; } = 32;

    /// <summary>
    /// A Redis connection string (<c>redis.example:6379,password=...</c>) to share the cache between several web
    /// servers, so that publishing on one evicts the pages on all; empty keeps it in this server's memory.
    /// </summary>
    public string Redis { get; set; } = "";
}
