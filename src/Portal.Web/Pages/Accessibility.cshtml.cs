using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;
using Portal.Web.Caching;
using Portal.Web.Hosting;
using Portal.Web.ReadingAids;

namespace Portal.Web.Pages;

/// <summary>The accessibility statement in Vietnamese ("Tuyên bố về khả năng tiếp cận").</summary>
[OutputCache(PolicyName = PublicPagePolicy.Page)]
public sealed class AccessibilityModel(IOptions<SiteOptions> site) : AccessibilityStatementModel(site);
