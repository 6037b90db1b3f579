using Microsoft.AspNetCore.OutputCaching;
using Portal.Web.Agencies;
using Portal.Web.Caching;
using Portal.Web.Feeds;

namespace Portal.Web.Pages;

/// <summary>An agency's page (<c>/co-cau-to-chuc/{slug}</c>).</summary>
[OutputCache(PolicyName = PublicPagePolicy.Page)]
public sealed class AgencyModel(DirectoryService directory, PublicUrls urls) : AgencyPageModel(directory, urls)
{
    public override bool English => false;
}
