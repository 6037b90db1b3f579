using System.Net;
using Portal.Tests.Builders;
using Portal.Tests.Integration.Security;
using Portal.Web.Feeds;
using Portal.Web.Participation;

namespace Portal.Tests.Integration.Participation;

/// <summary>
/// The citizens' form POSTs per client address (the confirmation page's POST is one): past the bucket a friendly
/// 429 with Retry-After; reading the pages is never limited, and another address is unaffected.
/// </summary>
[Trait("Database", "SqliteOnly")] // the limiter is in memory, whatever the database
public sealed class ParticipationPostsAreRateLimited : IDisposable
{
    private readonly TestConfirmationTarget _target = new();
    private readonly PortalFactory _factory;

    public ParticipationPostsAreRateLimited()
    {
        _factory = new PortalFactory
        {
            TestServices = services =>
            {
                ClientAddresses.AddTo(services);
                TestConfirmationTarget.AddTo(services, _target);
            },
        };
        _factory.Settings["Portal:Security:ParticipationPostsPerHour"] = "3";
    }

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task TheFourthPostWaitsWhileReadingAndOtherAddressesGoOn()
    {
        using var busy = ClientAddresses.BrowserFrom(_factory, "203.0.113.7");
        using var other = ClientAddresses.BrowserFrom(_factory, "203.0.113.8");
        var token = _target.Issue(DateTime.MaxValue);
        var address = PublicUrls.ConfirmationPath(token);
        var antiforgery = Newsroom.AntiforgeryToken(await busy.GetStringAsync(address));

        for (var post = 1; post <= 3; post++)
        {
            var unknown = PublicUrls.ConfirmationPath(ConfirmationToken.New().Token);
            Assert.Equal(HttpStatusCode.NotFound, (await busy.PostFormAsync(unknown, [], antiforgery)).StatusCode);
        }
        var refused = await busy.PostFormAsync(address, [], antiforgery);

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.InRange(refused.Headers.RetryAfter!.Delta!.Value, TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(20));
        var page = await refused.Content.ReadAsStringAsync();
        Assert.Contains("Quá nhiều yêu cầu", page);
        Assert.Contains("Xin đợi một lát rồi thử lại.", page);
        Assert.True(_target.IsWaiting(token));

        // Reading is never limited: the same page, many times, and the home page.
        for (var read = 0; read < 10; read++)
        {
            Assert.Equal(HttpStatusCode.OK, (await busy.GetAsync(address)).StatusCode);
        }
        Assert.Equal(HttpStatusCode.OK, (await busy.GetAsync("/")).StatusCode);

        // A reader elsewhere confirms at once.
        var confirmed = await other.SubmitFormAsync(address, []);
        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        Assert.Single(_target.ConfirmedHashes);
    }
}
