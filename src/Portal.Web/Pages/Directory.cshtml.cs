using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Localization;
using Portal.Web.Agencies;
using Portal.Web.Caching;
using Portal.Web.Localization;

namespace Portal.Web.Pages;

/// <summary>The directory's tree and search (<c>/co-cau-to-chuc</c>); the query is never cached.</summary>
[OutputCache(PolicyName = PublicPagePolicy.FilteredListing)]
public sealed class DirectoryModel(DirectoryService directory, IStringLocalizer<SharedResource> labels) : DirectoryPageModel(directory, labels)
{
    public override bool English => false;
}
