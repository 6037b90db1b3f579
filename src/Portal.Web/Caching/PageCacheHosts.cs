namespace Portal.Web.Caching;

/// <summary>
/// Which request Hosts the page cache keeps pages for. With a public address configured (<c>Portal:PublicUrl</c>,
/// or the older <c>Portal:Site:BaseUrl</c>) every absolute link is built from it, a page is the same whatever Host
/// the request named, and the Host is left out of the key. Without one, pages carry links built from the request's
/// Host, so each Host needs its own copies; the cache keeps them for the first <see cref="Capacity"/> well-formed,
/// short Hosts it sees (a portal answers to a few names: its domain, www., an address), and serves every other
/// Host freshly rendered pages without storing them, so a stranger naming a new Host in each request adds nothing.
/// </summary>
public sealed class PageCacheHosts(bool pinned, ILogger<PageCacheHosts> logger)
{
    public const int Capacity = 4;

    /// <summary>Longer than any name the portal is reached by; a DNS name may be 253, but none of this site's is.</summary>
    public const int MaxLength = 100;

    // Read without a lock on every cacheable request; replaced whole, under the lock, when a Host is admitted.
    private volatile string[] _admitted = [];
    private readonly Lock _lock = new();
    private bool _warned;

    /// <summary>A public address is configured: the Host is not part of a page.</summary>
    public bool Pinned => pinned;

    /// <summary>Whether pages for this Host may be cached (always, when <see cref="Pinned"/>).</summary>
    public bool Admits(HostString host)
    {
        if (pinned)
        {
            return true;
        }
        var name = host.Value;
        if (string.IsNullOrEmpty(name) || name.Length > MaxLength)
        {
            return false;
        }
        if (IsAdmitted(_admitted, name))
        {
            return true;
        }
        if (!IsWellFormed(name))
        {
            return false;
        }
        lock (_lock)
        {
            var admitted = _admitted;
            if (IsAdmitted(admitted, name))
            {
                return true;
            }
            if (admitted.Length < Capacity)
            {
                _admitted = [.. admitted, name];
                return true;
            }
            if (!_warned)
            {
                _warned = true;
                logger.LogWarning("The page cache keeps pages for {Capacity} Hosts and was asked for another; set Portal:PublicUrl so that the Host does not matter", Capacity);
            }
            return false;
        }
    }

    private static bool IsAdmitted(string[] admitted, string name)
    {
        foreach (var known in admitted)
        {
            if (string.Equals(known, name, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }

    // A name, an IPv4 or bracketed IPv6 address, and a port: nothing else belongs in a Host.
    private static bool IsWellFormed(string name)
    {
        foreach (var c in name)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c is not ('.' or '-' or ':' or '[' or ']'))
            {
                return false;
            }
        }
        return true;
    }
}
