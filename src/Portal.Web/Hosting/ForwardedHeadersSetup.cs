using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace Portal.Web.Hosting;

public static class ForwardedHeadersSetup
{
    /// <summary>The reverse proxies (addresses or networks such as <c>10.0.0.0/24</c>) whose X-Forwarded-* headers are believed.</summary>
    public const string Section = "Portal:Security:TrustedProxies";

    /// <summary>
    /// Behind nginx, IIS or a load balancer every request comes from the proxy, over plain HTTP. From the proxies
    /// named in <see cref="Section"/> (and from no one else: anyone can send the header), the client's address and
    /// scheme are taken from X-Forwarded-For and X-Forwarded-Proto, so rate limits count each reader, not the proxy,
    /// and HTTPS readers get HSTS and Secure cookies. With no proxy named, the headers are ignored.
    /// </summary>
    public static IServiceCollection AddPortalForwardedHeaders(this IServiceCollection services, IConfiguration configuration)
    {
        var proxies = configuration.GetSection(Section).Get<string[]>() ?? [];
        var addresses = new List<IPAddress>();
        var networks = new List<System.Net.IPNetwork>();
        foreach (var proxy in proxies.Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => p.Trim()))
        {
            if (IPAddress.TryParse(proxy, out var address))
            {
                addresses.Add(address);
            }
            else if (System.Net.IPNetwork.TryParse(proxy, out var network))
            {
                networks.Add(network);
            }
            else
            {
                throw new InvalidOperationException($"{Section} holds '{proxy}', which is neither an IP address nor a network such as 10.0.0.0/24.");
            }
        }
        services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            options.KnownProxies.Clear();
            options.KnownIPNetworks.Clear();
            addresses.ForEach(options.KnownProxies.Add);
            networks.ForEach(options.KnownIPNetworks.Add);
            // One proxy in front: the address it saw. Chains of proxies name each of them.
            options.ForwardLimit = Math.Max(1, addresses.Count + networks.Count);
        });
        services.AddSingleton(new TrustedProxies(addresses.Count + networks.Count > 0));
        return services;
    }

    /// <summary>
    /// First of all, so the security headers, the rate limits and the cookies see the reader's address and scheme.
    /// With no proxy named, a proxy on this machine makes every reader one client (one search limit, one visit
    /// limit): the first forwarded request from loopback says so in the log, once.
    /// </summary>
    public static IApplicationBuilder UsePortalForwardedHeaders(this IApplicationBuilder app)
    {
        if (app.ApplicationServices.GetRequiredService<TrustedProxies>().Any)
        {
            return app.UseForwardedHeaders();
        }
        var logger = app.ApplicationServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(ForwardedHeadersSetup));
        var warned = 0;
        return app.Use((context, next) =>
        {
            if (Volatile.Read(ref warned) == 0
                && context.Request.Headers.ContainsKey("X-Forwarded-For")
                && context.Connection.RemoteIpAddress is { } address && IPAddress.IsLoopback(address)
                && Interlocked.Exchange(ref warned, 1) == 0)
            {
                logger.LogWarning("A proxy on this machine forwards requests, but {Section} names none: every reader counts as this machine for the rate limits and the visit limit", Section);
            }
            return next(context);
        });
    }

    private sealed record TrustedProxies(bool Any);
}
