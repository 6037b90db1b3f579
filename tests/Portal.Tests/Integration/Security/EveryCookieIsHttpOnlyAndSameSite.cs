using System.Net;
using Microsoft.Net.Http.Headers;
using Portal.Web.Accounts;

namespace Portal.Tests.Integration.Security;

/// <summary>
/// Every cookie the portal sets (the visit, the language, the antiforgery token, the sign-in, the newsroom's
/// messages) is out of scripts' reach and not sent along by other sites; on https it is sent only over https.
/// </summary>
public sealed class EveryCookieIsHttpOnlyAndSameSite(PortalFixture portal) : IClassFixture<PortalFixture>
{
    private PortalFactory Factory => portal.Factory;

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task OnHttpAndHttps(bool https)
    {
        var email = await Factory.CreateUserAsync(Roles.Administrator);
        using var browser = https ? Factory.CreateHttpsBrowser() : Factory.CreateBrowser();
        var cookies = new List<SetCookieHeaderValue>();
        async Task<HttpResponseMessage> Remember(Task<HttpResponseMessage> request)
        {
            var response = await request;
            cookies.AddRange(SetCookieHeaderValue.ParseList(response.Headers.TryGetValues(HeaderNames.SetCookie, out var values) ? [.. values] : []));
            return response;
        }

        await Remember(browser.GetAsync("/"));
        await Remember(browser.GetAsync("/ngon-ngu/en?returnUrl=/"));
        var login = await Remember(browser.GetAsync("/admin/account/login"));
        var token = Newsroom.AntiforgeryToken(await login.Content.ReadAsStringAsync());
        var signIn = await Remember(browser.PostFormAsync("/admin/account/login", new() { ["Input.Email"] = email, ["Input.Password"] = Newsroom.Password }, token));
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        var form = await Remember(browser.GetAsync("/admin/sitelinks/edit"));
        var saved = await Remember(browser.PostFormAsync("/admin/sitelinks/edit", new() { ["Input.Name"] = "Cổng thử " + Guid.NewGuid().ToString("N")[..6], ["Input.Url"] = "https://example.com/" }, Newsroom.AntiforgeryToken(await form.Content.ReadAsStringAsync())));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var names = cookies.Select(c => c.Name.Value).Distinct().ToList();
        foreach (var expected in new[] { "portal_visit", ".AspNetCore.Culture", ".AspNetCore.Antiforgery.", "portal_auth", ".AspNetCore.Mvc.CookieTempDataProvider" })
        {
            Assert.Contains(names, name => name!.StartsWith(expected, StringComparison.Ordinal));
        }
        Assert.All(cookies, cookie =>
        {
            Assert.True(cookie.HttpOnly, $"{cookie.Name} is not HttpOnly");
            Assert.True(cookie.SameSite is SameSiteMode.Lax or SameSiteMode.Strict, $"{cookie.Name} is SameSite={cookie.SameSite}");
            Assert.True(cookie.Secure == https, $"{cookie.Name}: Secure={cookie.Secure} on {(https ? "https" : "http")}");
        });
    }
}
