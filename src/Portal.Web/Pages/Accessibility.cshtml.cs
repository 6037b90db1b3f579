using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;
using Portal.Web.Caching;
using Portal.Web.Hosting;

namespace Portal.Web.Pages;

/// <summary>
/// The accessibility statement, in Vietnamese (<c>Accessibility</c>, <c>/kha-nang-tiep-can</c>) and in English
/// (<c>AccessibilityEnglish</c>, <c>/en/accessibility</c>): its text is in each page's view; the model gives the
/// portal's e-mail, to which barriers are reported, the date and the promised answer time.
/// </summary>
[OutputCache(PolicyName = PublicPagePolicy.Page)]
public sealed class AccessibilityModel(IOptions<SiteOptions> site) : PageModel
{
    /// <summary>When the statement was last reviewed; change it with the text.</summary>
    public static readonly DateOnly ReviewedOn = new(2026, 12, 7);

    /// <summary>The promised answer time to a reported barrier, in working days.</summary>
    public const int AnswerWithinWorkingDays = 5;

    public string Email => site.Value.Email;

    /// <summary>A <c>mailto:</c> link to the portal with <paramref name="subject"/>, encoded for any mail program.</summary>
    public string ReportLink(string subject) => $"mailto:{Email}?subject={Uri.EscapeDataString(subject)}";

    public void OnGet()
    {
    }
}
