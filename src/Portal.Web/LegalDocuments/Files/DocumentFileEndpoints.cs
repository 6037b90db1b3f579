using System.Globalization;
using System.Text;
using Microsoft.Net.Http.Headers;
using Portal.Web.Accounts;
using Portal.Web.Feeds;
using Portal.Web.Hosting;
using Portal.Web.Media;

namespace Portal.Web.LegalDocuments.Files;

/// <summary>
/// <c>GET/HEAD /van-ban/tep/{fileId}/{fileName}</c>: a file of a document citizens may see now, under the name it was
/// uploaded with (any other name, a draft's file, an unknown id: 404). A PDF opens in the browser's own viewer, a DOCX
/// or XLSX downloads; either way with the type its bytes were checked to be and <c>nosniff</c>, under a CSP that lets
/// the browser's viewer work (see <see cref="SecurityHeadersSetup.UploadedFilePolicy"/>).
/// <c>/admin/legal-documents/files/{fileId}</c> gives the newsroom any document's file, a draft's too.
/// Not through the page cache: a file may be 30 MB and the cache keeps whole answers in memory (or Redis); the
/// ETag (the content's hash) makes a browser's or a proxy's copy cheap to revalidate instead, and an hour's max-age
/// keeps a file that is unpublished from lingering long in shared caches.
/// </summary>
public static class DocumentFileEndpoints
{
    public const string CacheControl = "public, max-age=3600";
    public const string AdminRoute = "/admin/legal-documents/files/{fileId:int}";

    private static readonly string[] GetOrHead = [HttpMethods.Get, HttpMethods.Head];

    public static string AdminPath(int fileId) => $"/admin/legal-documents/files/{fileId}";

    public static IEndpointRouteBuilder MapLegalDocumentFiles(this IEndpointRouteBuilder app)
    {
        app.MapMethods(PublicUrls.LegalDocumentFileRoute, GetOrHead, async (int fileId, string fileName, HttpContext context, DocumentFileStore files, CancellationToken ct) =>
        {
            var file = await files.FindVisibleAsync(fileId, ct);
            if (file is null || !string.Equals(file.FileName, fileName.Normalize(NormalizationForm.FormC), StringComparison.Ordinal))
            {
                return Results.NotFound();
            }
            return await ServeAsync(ServedFile.Of(file), files.Store, context, CacheControl, ct);
        }).WithSecurityHeadersPolicy(SecurityHeadersSetup.UploadedFilePolicy);

        app.MapMethods(AdminRoute, GetOrHead, async (int fileId, HttpContext context, DocumentFileStore files, CancellationToken ct) =>
        {
            var file = await files.FindAsync(fileId, ct);
            return file is null ? Results.NotFound() : await ServeAsync(ServedFile.Of(file), files.Store, context, "private, no-store", ct);
        }).RequireAuthorization(Policies.Editor).WithSecurityHeadersPolicy(SecurityHeadersSetup.UploadedFilePolicy);
        return app;
    }

    /// <summary>
    /// Answers with a checked file's bytes from <paramref name="store"/> (404 when they are gone): the one code path
    /// of every kind's files (legal documents, consultations), so they carry the same headers.
    /// </summary>
    public static async Task<IResult> ServeAsync(ServedFile file, IPhotoStore store, HttpContext context, string cacheControl, CancellationToken ct)
    {
        var content = await store.OpenAsync(file.Hash, ct);
        if (content is null)
        {
            return Results.NotFound();
        }
        var headers = context.Response.Headers;
        headers.CacheControl = cacheControl;
        headers.ContentDisposition = ContentDisposition(file.FileName, file.Format);
        // Content-Length, ranges, and If-None-Match answered 304 from the framework.
        return Results.Stream(content.Content, DocumentFileFormats.ContentType(file.Format),
            entityTag: new EntityTagHeaderValue($"\"{file.Hash}\""), enableRangeProcessing: true);
    }

    /// <summary>
    /// RFC 6266: <c>filename="..."</c> in ASCII for old clients (the Vietnamese folded away, not dropped), and
    /// <c>filename*=UTF-8''...</c> with the name as uploaded. Inline for a PDF, so the browser's viewer opens it.
    /// </summary>
    public static string ContentDisposition(string fileName, DocumentFileFormat format)
    {
        var kind = format == DocumentFileFormat.Pdf ? "inline" : "attachment";
        return $"{kind}; filename=\"{AsciiName(fileName)}\"; filename*=UTF-8''{Uri.EscapeDataString(fileName)}";
    }

    /// <summary>"Quyết định số 15.pdf" becomes "Quyet dinh so 15.pdf": marks dropped, Đ/đ by hand, anything else not plain ASCII "_".</summary>
    public static string AsciiName(string name)
    {
        var ascii = new StringBuilder(name.Length);
        foreach (var c in name.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }
            ascii.Append(c switch
            {
                'Đ' => 'D',
                'đ' => 'd',
                '"' or '\\' => '_',
                >= ' ' and <= '~' => c,
                _ => '_',
            });
        }
        return ascii.ToString();
    }
}

/// <summary>What serving a stored file needs: the name it is served under, its checked format, its bytes' hash.</summary>
public sealed record ServedFile(string FileName, DocumentFileFormat Format, string Hash)
{
    public static ServedFile Of(LegalDocumentFile file) => new(file.FileName, file.Format, file.Hash);
}
