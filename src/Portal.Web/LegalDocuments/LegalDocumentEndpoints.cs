using Microsoft.Extensions.Options;
using Portal.Web.Caching;
using Portal.Web.Feeds;
using Portal.Web.Hosting;

namespace Portal.Web.LegalDocuments;

/// <summary>
/// What other tools read of the legal documents: the open data (JSON and CSV, every document the filters match,
/// streamed and kept out of the memory page cache, which holds whole responses) and the RSS feeds, site-wide and
/// per issuer, through the page cache like the portal's other feeds.
/// </summary>
public static class LegalDocumentEndpoints
{
    public const int FeedSize = 20;

    /// <summary>Browsers and proxies may keep the open data a few minutes: a library changes a few times a day.</summary>
    public const string OpenDataCacheControl = "public, max-age=600";

    private const string RssType = "application/rss+xml; charset=utf-8";
    private static readonly string[] GetOrHead = [HttpMethods.Get, HttpMethods.Head];

    public static IEndpointRouteBuilder MapLegalDocumentData(this IEndpointRouteBuilder app)
    {
        app.MapMethods(PublicUrls.LegalDocumentsJsonRoute, GetOrHead, (HttpContext context, LegalDocumentOpenData data, PublishedLegalDocuments documents, PublicUrls urls) =>
            OpenDataAsync(context, documents, "application/json; charset=utf-8", "van-ban.json",
                (filter, ct) => data.WriteJsonAsync(context.Response.Body, filter, path => urls.Absolute(context.Request, path), ct)));

        app.MapMethods(PublicUrls.LegalDocumentsCsvRoute, GetOrHead, (HttpContext context, LegalDocumentOpenData data, PublishedLegalDocuments documents, PublicUrls urls) =>
            OpenDataAsync(context, documents, "text/csv; charset=utf-8; header=present", "van-ban.csv",
                (filter, ct) => data.WriteCsvAsync(context.Response.Body, filter, path => urls.Absolute(context.Request, path), ct)));

        app.MapMethods(PublicUrls.LegalDocumentsFeedRoute, GetOrHead, async (HttpRequest request, PublishedLegalDocuments documents, PublicUrls urls, IOptions<SiteOptions> site, CancellationToken cancellationToken) =>
        {
            request.HttpContext.TagCachedPage(PageCacheTags.LegalDocuments);
            var items = PublishedLegalDocumentKind.FeedItems(await documents.NewestAsync(FeedSize, cancellationToken: cancellationToken));
            var xml = RssFeed.Write($"Văn bản - {site.Value.Name}", urls.Absolute(request, PublicUrls.LegalDocumentsRoute),
                urls.Absolute(request, PublicUrls.LegalDocumentsFeedRoute), $"Văn bản mới ban hành trên {site.Value.Name}", FeedEndpoints.Absolute(request, urls, items));
            return Results.Text(xml, RssType);
        }).CacheOutput(PublicPagePolicy.Page);

        app.MapMethods(PublicUrls.IssuerFeedRoute, GetOrHead, async (string slug, HttpRequest request, PublishedLegalDocuments documents, PublicUrls urls, IOptions<SiteOptions> site, CancellationToken cancellationToken) =>
        {
            var issuer = await documents.FindIssuerAsync(slug, cancellationToken);
            if (issuer is null)
            {
                return Results.NotFound();
            }
            request.HttpContext.TagCachedPage(PageCacheTags.LegalDocuments);
            var items = PublishedLegalDocumentKind.FeedItems(await documents.NewestAsync(FeedSize, issuer.Id, cancellationToken));
            var listPath = LegalDocumentFilter.None with { IssuerId = issuer.Id };
            var xml = RssFeed.Write($"Văn bản của {issuer.Name} - {site.Value.Name}", urls.Absolute(request, listPath.Address(PublicUrls.LegalDocumentsRoute)),
                urls.Absolute(request, PublicUrls.IssuerFeedPath(issuer.Slug)), $"Văn bản mới của {issuer.Name}", FeedEndpoints.Absolute(request, urls, items));
            return Results.Text(xml, RssType);
        }).CacheOutput(PublicPagePolicy.Page);

        return app;
    }

    private static async Task<IResult> OpenDataAsync(HttpContext context, PublishedLegalDocuments documents, string contentType, string fileName,
        Func<LegalDocumentFilter, CancellationToken, Task> write)
    {
        if (LegalDocumentFilter.Parse(context.Request.Query) is not { } filter)
        {
            return Results.BadRequest();
        }
        filter = (await documents.ListsAsync(context.RequestAborted)).WithKnownChoices(filter);
        var response = context.Response;
        response.ContentType = contentType;
        response.Headers.CacheControl = OpenDataCacheControl;
        response.Headers.ContentDisposition = $"inline; filename=\"{fileName}\"";
        if (!HttpMethods.IsHead(context.Request.Method))
        {
            await write(filter, context.RequestAborted);
        }
        return Results.Empty;
    }
}
