using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;
using Portal.Web.Caching;
using Portal.Web.Hosting;
using Portal.Web.ReadingAids;

namespace Portal.Web.Pages;

/// <summary>The accessibility statement in English, at an English address.</summary>
[OutputCache(PolicyName = PublicPagePolicy.Page)]
public sealed class AccessibilityEnglishModel(IOptions<SiteOptions> site) : AccessibilityStatementModel(site);
