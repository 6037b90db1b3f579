using Microsoft.Net.Http.Headers;
using Portal.Web.Articles.Attachments;
using Portal.Web.Caching;
using Portal.Web.Consultations;
using Portal.Web.LegalDocuments.Files;

namespace Portal.Web.Media;

/// <summary>
/// <c>GET/HEAD /anh/{hash}.jpg|.webp</c>: a stored variant, as it was re-encoded at upload. The address names the
/// content, so the answer never changes: browsers and proxies keep it a year, and the page cache keeps it too.
/// </summary>
public static class PhotoEndpoints
{
    public const string CacheControl = "public, max-age=31536000, immutable";

    private static readonly string[] GetOrHead = [HttpMethods.Get, HttpMethods.Head];

    public static IEndpointRouteBuilder MapPortalPhotos(this IEndpointRouteBuilder app)
    {
        app.MapMethods(PhotoUrls.Prefix + "/{hash}.{extension}", GetOrHead, async (string hash, string extension, HttpContext context, IPhotoStore store, CancellationToken ct) =>
        {
            var contentType = PhotoContentTypes.OfExtension(extension);
            if (contentType is null || !PhotoHash.IsValid(hash))
            {
                return Results.NotFound();
            }
            var content = await store.OpenAsync(hash, ct);
            if (content is null || content.ContentType != contentType)
            {
                if (content is not null)
                {
                    await content.Content.DisposeAsync();
                }
                return Results.NotFound();
            }
            context.TagCachedPage(PhotoUrls.CacheTag(hash));
            // Content-Length from the stream, ETag and If-None-Match (304) from the framework.
            context.Response.Headers.CacheControl = CacheControl;
            return Results.Stream(content.Content, contentType, entityTag: new EntityTagHeaderValue($"\"{hash}\""));
        }).CacheOutput(PublicPagePolicy.Photo);
        // The legal documents' files: their bytes live in the same store, and Program.cs maps them with the photos.
        app.MapLegalDocumentFiles();
        app.MapConsultationFiles();
        app.MapArticleAttachments();
        return app;
    }
}
