using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace Portal.Web.Hosting;

/// <summary>
/// How much a request may send. Every form of the portal fits in a few kilobytes, so 1 MB is the rule. The two
/// editors (articles, information pages) take 9 MB: an article body is at most 500,000 characters (1.5 MB of
/// Vietnamese in UTF-8, up to 4.5 MB percent-encoded), and a text pasted a good deal past that must still arrive
/// whole, so the editor gets the form back with its message and loses nothing. The forms that take a photo (the
/// media library's upload, the article editor) take 20 MB: a photo may be 10 MB, and one somewhat larger must
/// still arrive, so that the refusal comes back in the form beside what was typed. Past the limit the answer is a
/// 413 and the friendly error page.
/// </summary>
public static class RequestBodyLimits
{
    public const long DefaultBytes = 1024 * 1024;

    public const long EditorBytes = 9 * 1024 * 1024;

    public const int PhotoFormBytes = 20 * 1024 * 1024;

    public static IServiceCollection AddRequestBodyLimits(this IServiceCollection services)
    {
        // Kestrel's own ceiling, for any request that meets no endpoint; an endpoint's limit is set per request below.
        services.Configure<KestrelServerOptions>(options => options.Limits.MaxRequestBodySize = DefaultBytes);
        services.Configure<FormOptions>(options =>
        {
            options.ValueLengthLimit = (int)EditorBytes;
            options.MultipartBodyLengthLimit = EditorBytes;
        });
        return services;
    }

    /// <summary>
    /// After routing: the endpoint's limit (<c>[RequestSizeLimit]</c> on a page, else the default) applies to the
    /// body, and a body that says it is larger is refused before anything reads it. Otherwise the overflow would
    /// surface as an unreadable form, which antiforgery reports as a 400.
    /// </summary>
    public static IApplicationBuilder UseRequestBodyLimits(this IApplicationBuilder app) => app.Use(next => context =>
    {
        if (context.Features.Get<IStatusCodeReExecuteFeature>() is not null)
        {
            return next(context);  // the error page for this very request: it reads no body
        }
        var limit = context.GetEndpoint()?.Metadata.GetMetadata<IRequestSizeLimitMetadata>()?.MaxRequestBodySize ?? DefaultBytes;
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature)
        {
            feature.MaxRequestBodySize = limit;
        }
        if (context.Request.ContentLength > limit)
        {
            context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            return Task.CompletedTask;
        }
        return next(context);
    });
}
