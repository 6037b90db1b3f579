using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace Portal.Web.Caching;

/// <summary>
/// The one compression a response will have, chosen from the request's <c>Accept-Encoding</c> as the compression
/// middleware chooses (the highest quality; Brotli before gzip, and both before identity, at equal quality), and
/// written back over the header before anything reads it. The page cache's key then holds one of three values,
/// whatever a client sends (the outside review sent 30 KB of junk per request, each a new key), and the
/// compression middleware agrees with the key because it reads the same rewritten header. Unlike the middleware,
/// <c>*</c> counts only for codings the header does not name, so <c>gzip;q=0, *</c> refuses gzip as RFC 9110 says.
/// </summary>
public static class AcceptEncodingChoice
{
    public const string Brotli = "br";
    public const string Gzip = "gzip";
    public const string Identity = "identity";

    public static string Choose(StringValues acceptEncoding)
    {
        if (StringValues.IsNullOrEmpty(acceptEncoding)
            || !StringWithQualityHeaderValue.TryParseList(acceptEncoding, out var codings))
        {
            return Identity;
        }
        double? brotli = null, gzip = null, identity = null, any = null;
        foreach (var coding in codings)
        {
            var asked = coding.Quality ?? 1;
            if (coding.Value.Equals(Brotli, StringComparison.OrdinalIgnoreCase))
            {
                brotli = Math.Max(brotli ?? 0, asked);
            }
            else if (coding.Value.Equals(Gzip, StringComparison.OrdinalIgnoreCase))
            {
                gzip = Math.Max(gzip ?? 0, asked);
            }
            else if (coding.Value.Equals(Identity, StringComparison.OrdinalIgnoreCase))
            {
                identity = Math.Max(identity ?? 0, asked);
            }
            else if (coding.Value.Equals("*", StringComparison.Ordinal))
            {
                any = Math.Max(any ?? 0, asked);
            }
        }
        var (best, quality) = (brotli ?? any ?? 0) >= (gzip ?? any ?? 0) ? (Brotli, brotli ?? any ?? 0) : (Gzip, gzip ?? any ?? 0);
        // Identity is always acceptable as a last resort; it wins only when asked for above the best compression.
        return quality > 0 && (identity ?? 0) <= quality ? best : Identity;
    }

    /// <summary>Rewrites every request's <c>Accept-Encoding</c> to the choice; ahead of the page cache and compression.</summary>
    public static IApplicationBuilder UseOneAcceptEncoding(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            context.Request.Headers.AcceptEncoding = Choose(context.Request.Headers.AcceptEncoding);
            return next(context);
        });
}
