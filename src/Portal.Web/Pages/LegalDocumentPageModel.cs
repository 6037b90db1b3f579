using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Web.Caching;
using Portal.Web.Feeds;
using Portal.Web.LegalDocuments;

namespace Portal.Web.Pages;

/// <summary>
/// What a document's page and its print view share: the document, found by id among the visible ones, at its one
/// canonical address (a wrong or old slug redirects there permanently), its relations both ways and its force today.
/// </summary>
public abstract class LegalDocumentPageModel(PublishedLegalDocuments documents, PublicUrls urls) : PageModel
{
    public LegalDocument Document { get; private set; } = null!;

    public IReadOnlyList<RelatedDocument> Relations { get; private set; } = [];

    public LegalForce Force { get; private set; }

    /// <summary>"Quyết định 15/2024/QĐ-UBND": the document's name in titles and links.</summary>
    public string Name => $"{Document.DocumentType?.Name} {Document.Number}";

    public string AbsoluteUrl { get; private set; } = "";

    protected PublicUrls Urls => urls;

    protected abstract string PageName { get; }

    public async Task<IActionResult> OnGetAsync(int id, string? slug, CancellationToken cancellationToken)
    {
        var document = await documents.FindAsync(id, cancellationToken);
        if (document is null)
        {
            return NotFound();
        }
        if (!string.Equals(slug, document.Slug, StringComparison.Ordinal))
        {
            return RedirectToPagePermanent(PageName, new { id, slug = document.Slug });
        }
        Document = document;
        Relations = await documents.RelationsAsync(id, cancellationToken);
        Force = LegalForceRule.On(document, documents.Today);
        AbsoluteUrl = urls.Absolute(Request, PublicUrls.LegalDocumentPath(id, document.Slug));
        var related = await documents.RelatedIdsAsync(id, cancellationToken);
        HttpContext.TagCachedPage([PageCacheTags.LegalDocument(id), .. related.Select(PageCacheTags.LegalDocument)]);
        return Page();
    }
}
