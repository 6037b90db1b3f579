namespace Portal.Web.Visitors;

/// <summary>Settings of the visitor counter, section <c>Portal:Visitors</c>.</summary>
public sealed class VisitorOptions
{
    public const string Section = "Portal:Visitors";

    /// <summary>How often buffered visits go to the database; a crash loses at most this much.</summary>
    public TimeSpan VisitCounterFlushInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>How often the shown total is re-read, to take in other servers' visits.</summary>
    public TimeSpan TotalRefreshInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>A visit ends after this long without a page view (the cookie's sliding lifetime).</summary>
    public TimeSpan VisitTimeout { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>
    /// New visits one client address (an IPv6 client: its /64) may add a minute; more are served but not counted.
    /// Readers behind one carrier NAT share it. 0 lifts the limit.
    /// </summary>
    public int NewVisitsPerAddressPerMinute { get; set; } = 10;

    public string CookieName { get; set; } = "portal_visit";
}
