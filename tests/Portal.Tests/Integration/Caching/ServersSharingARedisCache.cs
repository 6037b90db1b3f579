using System.Globalization;
using System.Net;
using Portal.Tests.Builders;
using Portal.Web.Accounts;

namespace Portal.Tests.Integration.Caching;

/// <summary>
/// Two portals on one database and one Redis page cache (<c>Portal:Cache:Redis</c>), as several web servers
/// behind a load balancer: a page cached by one is served by the other, publishing on one evicts on both, their
/// visitor counts add up exactly, and a sign-in made on one is honoured by the other. test.sh runs it on SQLite
/// and on PostgreSQL.
/// </summary>
[Trait("Needs", "Redis")] // a redis-server of its own, which only the full ./test.sh installs
[Trait("Database", "SqliteOnly")] // the cache shared is Redis's; the database holds nothing of it
public sealed class ServersSharingARedisCache : IAsyncLifetime, IDisposable
{
    private RedisServer _redis = null!;
    private PortalFactory _one = null!;
    private PortalFactory _two = null!;

    public async Task InitializeAsync()
    {
        _redis = await RedisServer.StartAsync();
        _one = new PortalFactory { Settings = { ["Portal:Cache:Redis"] = _redis.ConnectionString } };
        using (var warm = _one.CreateClient())
        {
            await warm.GetAsync("/healthz");
        }
        _two = new PortalFactory(_one.Database) { Settings = { ["Portal:Cache:Redis"] = _redis.ConnectionString } };
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose()
    {
        _two?.Dispose();
        _one?.Dispose();
        _redis?.Dispose();
    }

    [Fact]
    public async Task APageCachedThroughOneIsServedByTheOther()
    {
        using var first = _one.CreateBrowser();
        using var second = _two.CreateBrowser();

        Assert.False((await first.GetAsync("/trang/gioi-thieu")).CameFromCache());
        var shared = await second.GetAsync("/trang/gioi-thieu");

        Assert.True(shared.CameFromCache());
        Assert.Contains("Giới thiệu", await shared.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task PublishingThroughOneEvictsTheHomePageOnBoth()
    {
        using var editor = await _one.SignedInAsync(Roles.Editor);
        using var approver = await _one.SignedInAsync(Roles.Approver);
        using var citizen = _two.CreateBrowser();
        var form = new ArticleFormBuilder { CategoryId = (await _one.CategoryIdAsync("tin-tuc-su-kien")).ToString(CultureInfo.InvariantCulture) };
        var id = await editor.WriteAsync(form, submit: true);
        Assert.DoesNotContain(form.Title, await citizen.WarmAsync("/"));

        Assert.Equal(HttpStatusCode.Redirect, (await approver.ReviewAsync(id, "Publish")).StatusCode);

        var home = await citizen.GetAsync("/");
        Assert.False(home.CameFromCache());
        Assert.Contains(form.Title, await home.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task AThousandNewVisitorsSplitAcrossBothAddExactlyAThousand()
    {
        await _one.FlushVisitsAsync();
        await _two.FlushVisitsAsync();
        var before = await _one.StoredVisitTotalAsync();
        using var first = _one.CreateBrowser(handleCookies: false);
        using var second = _two.CreateBrowser(handleCookies: false);

        var responses = await Task.WhenAll(Enumerable.Range(0, 1_000).Select(i => (i % 2 == 0 ? first : second).GetAsync(i % 3 == 0 ? "/" : "/chuyen-muc/tin-tuc-su-kien")));
        await Task.WhenAll(_one.FlushVisitsAsync(), _two.FlushVisitsAsync());

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        Assert.Equal(before + 1_000, await _two.StoredVisitTotalAsync());
    }

    [Fact]
    public async Task ASignInMadeOnOneIsHonouredByTheOther()
    {
        var email = await _one.CreateUserAsync(Roles.Editor);
        using var browser = _one.CreateBrowser(handleCookies: false);
        var login = await browser.GetAsync("/admin/account/login");
        var antiforgeryCookies = login.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]);
        using var post = new HttpRequestMessage(HttpMethod.Post, "/admin/account/login")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Input.Email"] = email,
                ["Input.Password"] = Newsroom.Password,
                ["__RequestVerificationToken"] = Newsroom.AntiforgeryToken(await login.Content.ReadAsStringAsync()),
            }),
        };
        post.Headers.Add("Cookie", string.Join("; ", antiforgeryCookies));
        var signedIn = await browser.SendAsync(post);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        var signInCookie = signedIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("portal_auth=", StringComparison.Ordinal)).Split(';')[0];

        using var other = _two.CreateBrowser(handleCookies: false);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/admin/articles");
        request.Headers.Add("Cookie", signInCookie);
        var newsroom = await other.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, newsroom.StatusCode);
        using var anonymous = new HttpRequestMessage(HttpMethod.Get, "/admin/articles");
        Assert.Equal(HttpStatusCode.Redirect, (await other.SendAsync(anonymous)).StatusCode);
    }

    [Fact]
    public async Task WithRedisDownPagesAreStillServedAndReadinessSaysSo()
    {
        using var citizen = _one.CreateBrowser();
        Assert.Equal(HttpStatusCode.OK, (await citizen.GetAsync("/healthz/ready")).StatusCode);

        _redis.Stop();

        Assert.Equal(HttpStatusCode.OK, (await citizen.GetAsync("/")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await citizen.GetAsync("/chuyen-muc/tin-tuc-su-kien")).StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await citizen.GetAsync("/healthz/ready")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await citizen.GetAsync("/healthz")).StatusCode);
    }
}
