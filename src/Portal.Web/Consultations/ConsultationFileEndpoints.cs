using System.Text;
using Microsoft.EntityFrameworkCore;
using Portal.Web.Data;
using Portal.Web.Feeds;
using Portal.Web.Hosting;
using Portal.Web.LegalDocuments.Files;
using Portal.Web.Media;

namespace Portal.Web.Consultations;

/// <summary>
/// <c>GET/HEAD /gop-y-du-thao/tep/{fileId}/{fileName}</c>: a file of a consultation citizens may see now (a draft's
/// file; a summary's once the summary is published), under the name it was uploaded with, served by the legal
/// documents' one code path (<see cref="DocumentFileEndpoints.ServeAsync"/>), so with the same headers.
/// </summary>
public static class ConsultationFileEndpoints
{
    private static readonly string[] GetOrHead = [HttpMethods.Get, HttpMethods.Head];

    public static IEndpointRouteBuilder MapConsultationFiles(this IEndpointRouteBuilder app)
    {
        app.MapMethods(PublicUrls.ConsultationFileRoute, GetOrHead,
            async (int fileId, string fileName, HttpContext context, PortalDbContext db, IPhotoStore store, TimeProvider time, CancellationToken ct) =>
            {
                var file = await FindVisibleAsync(db, fileId, time.GetUtcNow().UtcDateTime, ct);
                if (file is null || !string.Equals(file.FileName, fileName.Normalize(NormalizationForm.FormC), StringComparison.Ordinal))
                {
                    return Results.NotFound();
                }
                return await DocumentFileEndpoints.ServeAsync(file, store, context, DocumentFileEndpoints.CacheControl, ct);
            }).WithSecurityHeadersPolicy(SecurityHeadersSetup.UploadedFilePolicy);
        return app;
    }

    /// <summary>The file, when its consultation is visible and, for a summary's file, the summary published; else null.</summary>
    public static Task<ServedFile?> FindVisibleAsync(PortalDbContext db, int fileId, DateTime now, CancellationToken ct)
    {
        var visible = db.Consultations.Where(ConsultationVisibility.VisibleAt(now));
        return db.ConsultationFiles.AsNoTracking()
            .Where(f => f.Id == fileId && visible.Any(c => c.Id == f.ConsultationId && (!f.IsSummary || c.SummaryPublishedAt != null)))
            .Select(f => new ServedFile(f.FileName, f.Format, f.Hash))
            .FirstOrDefaultAsync(ct);
    }
}
