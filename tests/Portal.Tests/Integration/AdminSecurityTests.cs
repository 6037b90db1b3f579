using System.Net;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Portal.Web.Accounts;

namespace Portal.Tests.Integration;

/// <summary>
/// Every newsroom endpoint, as the app itself lists them: nobody gets in anonymously, and each role stops
/// where its policy says. A page added later is covered without touching this test.
/// </summary>
[Trait("Database", "SqliteOnly")] // who may open which page is the authorization conventions, whatever the database
public sealed class AdminSecurityTests(AdminSecurityTests.Fixture fixture) : IClassFixture<AdminSecurityTests.Fixture>
{
    public sealed class Fixture : IDisposable
    {
        public PortalFactory Factory { get; } = new();

        public void Dispose() => Factory.Dispose();
    }

    private readonly PortalFactory _factory = fixture.Factory;

    public sealed record AdminEndpoint(string Url, string Pattern, bool Anonymous, string[] Policies, IReadOnlyList<string> Methods)
    {
        /// <summary>What a request of that method must get where the page takes it; routing answers 405 to any other, before anyone's rights are read.</summary>
        public HttpStatusCode Expected(HttpMethod method, HttpStatusCode whereTaken) =>
            Methods.Contains(method.Method) ? whereTaken : HttpStatusCode.MethodNotAllowed;
    }

    /// <summary>
    /// The app's admin endpoints, each with the authorization it really has: a page's conventions are applied
    /// when it is loaded, so each is loaded as the app would load it on its first request.
    /// </summary>
    private List<AdminEndpoint> AdminEndpoints()
    {
        var loader = _factory.Services.GetRequiredService<PageLoader>();
        var endpoints = _factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("Admin", StringComparison.OrdinalIgnoreCase) == true)
            .Select(e =>
            {
                var page = loader.LoadAsync(e.Metadata.GetRequiredMetadata<PageActionDescriptor>(), e.Metadata).GetAwaiter().GetResult();
                var metadata = page.EndpointMetadata;
                return new AdminEndpoint(
                    "/" + System.Text.RegularExpressions.Regex.Replace(e.RoutePattern.RawText!, "\\{[^}]+\\}", "1").TrimEnd('/'),
                    e.RoutePattern.RawText!,
                    metadata.OfType<IAllowAnonymous>().Any(),
                    metadata.OfType<IAuthorizeData>().Select(a => a.Policy).OfType<string>().Distinct().ToArray(),
                    e.Metadata.GetRequiredMetadata<IHttpMethodMetadata>().HttpMethods);
            })
            .DistinctBy(e => e.Url)
            .ToList();
        Assert.NotEmpty(endpoints);
        return endpoints;
    }

    [Fact]
    public async Task EveryAdminPageSendsAnAnonymousVisitorToTheSignInPage()
    {
        using var anonymous = _factory.CreateBrowser();
        var closed = AdminEndpoints().Where(e => !e.Anonymous).ToList();
        Assert.True(closed.Count >= 3);

        foreach (var endpoint in closed)
        {
            foreach (var method in new[] { HttpMethod.Get, HttpMethod.Post })
            {
                var response = await anonymous.SendAsync(new HttpRequestMessage(method, endpoint.Url) { Content = method == HttpMethod.Post ? new FormUrlEncodedContent([]) : null });
                var expected = endpoint.Expected(method, HttpStatusCode.Redirect);
                Assert.True(response.StatusCode == expected, $"{method} {endpoint.Url} answered {(int)response.StatusCode}");
                if (expected == HttpStatusCode.Redirect)
                {
                    Assert.StartsWith("http://localhost/admin/account/login", response.Headers.Location!.ToString(), StringComparison.OrdinalIgnoreCase);
                }
            }
        }
    }

    [Fact]
    public void OnlyTheSignInSetupAndForgottenPasswordPagesAreOpen() =>
        Assert.Equal(["/Admin/Account/Forgot", "/Admin/Account/Login", "/Admin/Account/Reset", "/Admin/Account/Setup"],
            AdminEndpoints().Where(e => e.Anonymous).Select(e => e.Url).Order());

    [Fact]
    public void EveryClosedAdminPageNamesANewsroomPolicy() =>
        Assert.All(AdminEndpoints().Where(e => !e.Anonymous), e => Assert.Contains(Policies.Editor, e.Policies));

    [Theory]
    [InlineData(Roles.Editor)]
    [InlineData(Roles.Approver)]
    public async Task ARoleIsRefusedWithA403WhereItsPolicyDoesNotReach(string role)
    {
        using var browser = await _factory.SignedInAsync(role);
        var allowed = new HashSet<string>(Policies.All.Where(p => Policies.RolesFor(p).Contains(role)));

        foreach (var endpoint in AdminEndpoints().Where(e => !e.Anonymous))
        {
            var expectRefusal = endpoint.Policies.Any(p => !allowed.Contains(p));
            var get = await browser.GetAsync(endpoint.Url);
            var post = await browser.PostAsync(endpoint.Url, new FormUrlEncodedContent([]));
            if (expectRefusal)
            {
                Assert.True(get.StatusCode == HttpStatusCode.Forbidden, $"{role}: GET {endpoint.Url} answered {(int)get.StatusCode}");
                Assert.True(post.StatusCode == endpoint.Expected(HttpMethod.Post, HttpStatusCode.Forbidden), $"{role}: POST {endpoint.Url} answered {(int)post.StatusCode}");
                Assert.Contains("Không có quyền truy cập", await get.Content.ReadAsStringAsync());
            }
            else
            {
                Assert.True(get.StatusCode != HttpStatusCode.Forbidden, $"{role}: GET {endpoint.Url} was refused");
                // A POST without an antiforgery token never gets through.
                Assert.True(post.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.NotFound or HttpStatusCode.MethodNotAllowed,
                    $"{role}: POST {endpoint.Url} without a token answered {(int)post.StatusCode}");
            }
        }
    }

    [Theory]
    [InlineData("https://evil.example/phish")]
    [InlineData("//evil.example/phish")]
    [InlineData("/\\evil.example")]
    [InlineData("javascript:alert(1)")]
    public async Task TheSignInPageOnlyReturnsToLocalAddresses(string returnUrl)
    {
        var email = await _factory.CreateUserAsync(Roles.Editor);
        using var browser = _factory.CreateBrowser();
        var url = "/admin/account/login?ReturnUrl=" + Uri.EscapeDataString(returnUrl);

        var response = await browser.SubmitFormAsync(url, new() { ["Input.Email"] = email, ["Input.Password"] = Newsroom.Password, ["ReturnUrl"] = returnUrl });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/admin", response.Headers.Location!.OriginalString);
    }
}
