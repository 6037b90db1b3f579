using Microsoft.AspNetCore.OutputCaching;
using Portal.Web.Caching;
using Portal.Web.Feeds;
using Portal.Web.LegalDocuments;

namespace Portal.Web.Pages;

/// <summary>The print-friendly view: the document's fields and relations alone, its address printed under them.</summary>
[OutputCache(PolicyName = PublicPagePolicy.Page)]
public sealed class LegalDocumentPrintModel(PublishedLegalDocuments documents, PublicUrls urls) : LegalDocumentPageModel(documents, urls)
{
    protected override string PageName => "/LegalDocumentPrint";
}
