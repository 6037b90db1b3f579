using Microsoft.EntityFrameworkCore;
using Portal.Web.Articles;
using Portal.Web.Data;
using Portal.Web.Feeds;
using Portal.Web.Localization;
using Portal.Web.Publishing;

namespace Portal.Web.LegalDocuments;

/// <summary>The document pages an article's <c>[[số ký hiệu]]</c> go to, or why some cannot be linked (a message for the editor).</summary>
public sealed record ResolvedDocumentLinks(IReadOnlyDictionary<DocumentReference, string> Paths, string? Error);

/// <summary>
/// Finds the documents an article names by number and symbol, at save time (the body's HTML is stored). A reference is
/// to a published document (scheduled ones too: an article may be scheduled with it) whose
/// <see cref="LegalDocumentNumber.Key"/> is the typed number's, however typed. When issuers share the number the editor
/// names the issuer (<c>[[15/2024/QĐ-UBND|UBND tỉnh]]</c>, its name or slug, diacritics optional); a guess would link
/// the wrong law without anyone noticing. The link is <c>/van-ban/{id}/{slug}</c>: the document's page redirects a
/// slug that has since changed, and a document unpublished later answers 404, as an unpublished article's link does.
/// </summary>
public sealed class DocumentLinkResolver(PortalDbContext db)
{
    public async Task<ResolvedDocumentLinks> ResolveAsync(IReadOnlyCollection<DocumentReference> references, CancellationToken cancellationToken)
    {
        var paths = new Dictionary<DocumentReference, string>();
        if (references.Count == 0)
        {
            return new(paths, null);
        }
        var keys = references.Select(r => r.Key).Distinct().ToList();
        var documents = await db.LegalDocuments.AsNoTracking()
            .Where(d => d.Status == PublicationStatus.Published && keys.Contains(d.NumberKey))
            .OrderBy(d => d.Id)
            .Select(d => new { d.Id, d.Slug, d.NumberKey, Issuer = d.Issuer!.Name, IssuerSlug = d.Issuer.Slug })
            .ToListAsync(cancellationToken);
        var errors = new List<string>();
        foreach (var reference in references)
        {
            var candidates = documents.Where(d => d.NumberKey == reference.Key).ToList();
            if (reference.Issuer is { } issuer)
            {
                var folded = VietnameseText.Fold(issuer);
                candidates = [.. candidates.Where(d => VietnameseText.Fold(d.Issuer) == folded || d.IssuerSlug == issuer)];
            }
            switch (candidates.Count)
            {
                case 0:
                    errors.Add(reference.Issuer is null
                        ? $"Không có văn bản số {reference.Number} đã đăng trên cổng."
                        : $"Không có văn bản số {reference.Number} của {reference.Issuer} đã đăng trên cổng.");
                    break;
                case 1:
                    paths[reference] = PublicUrls.LegalDocumentPath(candidates[0].Id, candidates[0].Slug);
                    break;
                default:
                    errors.Add($"Số {reference.Number} là của nhiều cơ quan ({string.Join(", ", candidates.Select(c => c.Issuer))}): "
                        + $"xin ghi rõ cơ quan, ví dụ [[{reference.Number}|{candidates[0].Issuer}]].");
                    break;
            }
        }
        return new(paths, errors.Count == 0 ? null : string.Join(" ", errors)
            + " Liên kết văn bản viết dạng [[số ký hiệu]], ví dụ [[15/2024/QĐ-UBND]]; xin kiểm tra lại số ký hiệu.");
    }
}
