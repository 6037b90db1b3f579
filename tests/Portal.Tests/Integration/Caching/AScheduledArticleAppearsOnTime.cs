using System.Globalization;
using System.Net;
using Portal.Tests.Builders;
using Portal.Web.Accounts;
using Portal.Web.Localization;

namespace Portal.Tests.Integration.Caching;

/// <summary>No cached page outlives the next scheduled publication, so the article is listed at its time.</summary>
public sealed class AScheduledArticleAppearsOnTime : IDisposable
{
    private readonly PortalFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task OnACachedHomePageAtItsMinuteOnTheTestClock()
    {
        using var editor = await _factory.SignedInAsync(Roles.Editor);
        using var approver = await _factory.SignedInAsync(Roles.Approver);
        using var citizen = _factory.CreateBrowser();
        var form = new ArticleFormBuilder { CategoryId = (await _factory.CategoryIdAsync("tin-tuc-su-kien")).ToString(CultureInfo.InvariantCulture) };
        var id = await editor.WriteAsync(form, submit: true);
        var inTenMinutes = VietnamTime.ToVietnam(_factory.Clock.GetUtcNow().UtcDateTime.AddMinutes(10));
        var scheduled = await approver.ReviewAsync(id, "Schedule", new() { ["PublishAt"] = inTenMinutes.ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture) });
        Assert.Equal(HttpStatusCode.Redirect, scheduled.StatusCode);

        // Within the minute's maximum age the page stays cached; it is rendered again each time it expires.
        for (var minute = 0; minute < 9; minute++)
        {
            Assert.DoesNotContain(form.Title, await citizen.WarmAsync("/"));
            Assert.DoesNotContain(form.Title, await citizen.WarmAsync("/chuyen-muc/tin-tuc-su-kien"));
            _factory.Clock.Advance(TimeSpan.FromMinutes(1));
        }
        Assert.DoesNotContain(form.Title, await citizen.WarmAsync("/"));
        _factory.Clock.Advance(TimeSpan.FromSeconds(59));
        var justBefore = await citizen.GetAsync("/");
        Assert.True(justBefore.CameFromCache());
        Assert.DoesNotContain(form.Title, await justBefore.Content.ReadAsStringAsync());

        _factory.Clock.Advance(TimeSpan.FromSeconds(1));

        var atItsTime = await citizen.GetAsync("/");
        Assert.False(atItsTime.CameFromCache(), "the home page cached before the publication outlived it");
        Assert.Contains(form.Title, await atItsTime.Content.ReadAsStringAsync());
        Assert.Contains(form.Title, await citizen.GetStringAsync("/chuyen-muc/tin-tuc-su-kien"));
    }
}
