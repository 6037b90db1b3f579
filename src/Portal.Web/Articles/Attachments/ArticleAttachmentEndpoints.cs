using System.Text;
using Portal.Web.Accounts;
using Portal.Web.Feeds;
using Portal.Web.Hosting;
using Portal.Web.LegalDocuments.Files;

namespace Portal.Web.Articles.Attachments;

/// <summary>
/// <c>GET/HEAD /bai-viet/tep/{fileId}/{fileName}</c>: a file of an article citizens may see now, under the name it
/// was uploaded with (any other name, a draft's or a scheduled article's file, an unknown id: 404), served by the
/// legal documents' one code path (<see cref="DocumentFileEndpoints.ServeAsync"/>), so with the same headers and
/// caching. <c>/admin/articles/attachments/{fileId}</c> gives the newsroom any file, a draft's or an unsaved upload's.
/// </summary>
public static class ArticleAttachmentEndpoints
{
    private static readonly string[] GetOrHead = [HttpMethods.Get, HttpMethods.Head];

    public static string AdminPath(int fileId) => $"/admin/articles/attachments/{fileId}";

    public static IEndpointRouteBuilder MapArticleAttachments(this IEndpointRouteBuilder app)
    {
        app.MapMethods(PublicUrls.ArticleAttachmentRoute, GetOrHead,
            async (int fileId, string fileName, HttpContext context, ArticleAttachments attachments, DocumentFileStore files, CancellationToken ct) =>
            {
                var file = await attachments.FindVisibleAsync(fileId, ct);
                if (file is null || !string.Equals(file.FileName, fileName.Normalize(NormalizationForm.FormC), StringComparison.Ordinal))
                {
                    return Results.NotFound();
                }
                return await DocumentFileEndpoints.ServeAsync(new ServedFile(file.FileName, file.Format, file.Hash), files.Store, context, DocumentFileEndpoints.CacheControl, ct);
            }).WithSecurityHeadersPolicy(SecurityHeadersSetup.UploadedFilePolicy);

        app.MapMethods("/admin/articles/attachments/{fileId:int}", GetOrHead,
            async (int fileId, HttpContext context, ArticleAttachments attachments, DocumentFileStore files, CancellationToken ct) =>
            {
                var file = await attachments.FindAsync(fileId, ct);
                return file is null
                    ? Results.NotFound()
                    : await DocumentFileEndpoints.ServeAsync(new ServedFile(file.FileName, file.Format, file.Hash), files.Store, context, "private, no-store", ct);
            }).RequireAuthorization(Policies.Editor).WithSecurityHeadersPolicy(SecurityHeadersSetup.UploadedFilePolicy);
        return app;
    }
}
