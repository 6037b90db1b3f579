using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Portal.Tests.Builders;
using Portal.Tests.Integration.Security;
using Portal.Tests.Security;
using Portal.Web.Feeds;
using Portal.Web.Participation;
using Serilog.Core;

namespace Portal.Tests.Integration.Participation;

/// <summary>
/// <c>/xac-nhan/{token}</c>: opening the link shows one button and confirms nothing (mail scanners open links);
/// pressing it confirms once; an expired, unknown, used or malformed link says so in Vietnamese. The page is never
/// stored, never indexed, sends no Referer, and its token reaches no log line, captured or in the file.
/// </summary>
[Trait("Database", "SqliteOnly")] // a test-only target answers; the kinds' own confirmations run on every provider
public sealed class TheConfirmationLink(TheConfirmationLink.Fixture fixture) : IClassFixture<TheConfirmationLink.Fixture>
{
    public sealed class Fixture : IDisposable
    {
        public Fixture() => Factory = new PortalFactory
        {
            TestServices = services =>
            {
                TestConfirmationTarget.AddTo(services, Target);
                services.AddSingleton<ILogEventSink>(Log);
            },
        };

        public TestConfirmationTarget Target { get; } = new();

        public CapturedLog Log { get; } = new();

        public PortalFactory Factory { get; }

        public void Dispose() => Factory.Dispose();
    }

    private readonly PortalFactory _factory = fixture.Factory;
    private readonly TestConfirmationTarget _target = fixture.Target;

    private DateTime Now => _factory.Clock.GetUtcNow().UtcDateTime;

    [Fact]
    public async Task OpeningTheLinkShowsOneButtonAndConfirmsNothing()
    {
        using var citizen = _factory.CreateBrowser();
        var token = _target.Issue(Now.AddHours(48));
        var calls = _target.Calls;

        for (var visit = 0; visit < 2; visit++)
        {
            var response = await citizen.GetAsync(PublicUrls.ConfirmationPath(token));

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            AssertNeverStoredNorReferred(response);
            var page = ExecutableContent.Parse(await response.Content.ReadAsStringAsync());
            var button = Assert.Single(page.QuerySelectorAll("main form[method=post] button"));
            Assert.Equal("Xác nhận", button.TextContent.Trim());
            Assert.Equal("noindex", page.QuerySelector("meta[name=robots]")?.GetAttribute("content"));
            Assert.DoesNotContain(token, page.Head!.OuterHtml, StringComparison.Ordinal);
        }
        Assert.Equal(calls, _target.Calls);
        Assert.True(_target.IsWaiting(token));
    }

    [Fact]
    public async Task PressingTheButtonConfirmsOnceAndShowsTheWayBack()
    {
        using var citizen = _factory.CreateBrowser();
        var token = _target.Issue(Now.AddHours(1));
        var address = PublicUrls.ConfirmationPath(token);

        var confirmed = await citizen.SubmitFormAsync(address, []);

        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        AssertNeverStoredNorReferred(confirmed);
        var page = ExecutableContent.Parse(await confirmed.Content.ReadAsStringAsync());
        Assert.Equal(TestConfirmationTarget.ConfirmedMessage, page.QuerySelector("main [role=status]")?.TextContent.Trim());
        Assert.NotNull(page.QuerySelector($"main a[href='{TestConfirmationTarget.ReturnPath}']"));
        Assert.Contains(ConfirmationToken.Hash(token), _target.ConfirmedHashes);

        var again = await citizen.SubmitFormAsync(address, []);

        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
        Assert.Contains("đã được dùng", await again.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task AnExpiredLinkAsksToSendAgain()
    {
        using var citizen = _factory.CreateBrowser();
        var token = _target.Issue(Now.AddMinutes(-1));

        var expired = await citizen.SubmitFormAsync(PublicUrls.ConfirmationPath(token), []);

        Assert.Equal(HttpStatusCode.Gone, expired.StatusCode);
        var page = ExecutableContent.Parse(await expired.Content.ReadAsStringAsync());
        Assert.Contains("đã hết hạn", page.QuerySelector("main [role=alert]")?.TextContent);
        Assert.Equal("Gửi lại", page.QuerySelector($"main a[href='{TestConfirmationTarget.ReturnPath}']")?.TextContent);
        Assert.True(_target.IsWaiting(token));
    }

    [Fact]
    public async Task AnUnknownLinkIsNotFoundAndTheButtonIsStillShownFirst()
    {
        using var citizen = _factory.CreateBrowser();
        var (token, _) = ConfirmationToken.New();

        Assert.Equal(HttpStatusCode.OK, (await citizen.GetAsync(PublicUrls.ConfirmationPath(token))).StatusCode);
        var unknown = await citizen.SubmitFormAsync(PublicUrls.ConfirmationPath(token), []);

        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Contains("không đúng hoặc đã được dùng", await unknown.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("0123456789012345678901234567890123456789012")] // well-formed: shown, then not found
    [InlineData("01234567890123456789012345678901234567890123")]
    [InlineData("..%2F..%2Fetc%2Fpasswd")]
    [InlineData("%E1%BB%87%E1%BB%87%E1%BB%87")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA%3D")]
    public async Task AMalformedLinkSaysSoAndIsLookedUpNowhere(string token)
    {
        using var citizen = _factory.CreateBrowser();
        var calls = _target.Calls;
        var problems = _factory.Problems.All.Count;
        var antiforgery = Newsroom.AntiforgeryToken(await citizen.GetStringAsync(PublicUrls.ConfirmationPath(ConfirmationToken.New().Token)));
        var address = "/xac-nhan/" + token;
        var expectedStatus = ConfirmationToken.IsWellFormed(Uri.UnescapeDataString(token)) ? HttpStatusCode.OK : HttpStatusCode.NotFound;

        var shown = await citizen.GetAsync(address);
        var posted = await citizen.PostFormAsync(address, [], antiforgery);

        Assert.Equal(expectedStatus, shown.StatusCode);
        if (expectedStatus == HttpStatusCode.NotFound)
        {
            var page = ExecutableContent.Parse(await shown.Content.ReadAsStringAsync());
            Assert.Contains("Đường dẫn xác nhận không đúng", page.QuerySelector("main [role=alert]")?.TextContent);
            Assert.Empty(page.QuerySelectorAll("main form"));
            Assert.Equal(HttpStatusCode.NotFound, posted.StatusCode);
            Assert.Equal(calls, _target.Calls);
        }
        Assert.Empty(_factory.Problems.All.Skip(problems).Select(LoggedProblems.Describe));
    }

    [Fact]
    public async Task EveryXssPayloadAsATokenIsShownInert()
    {
        using var citizen = _factory.CreateBrowser();
        await citizen.GetAsync("/");
        var problems = _factory.Problems.All.Count;
        // A NUL in a path never reaches the app: the server refuses the request line (and the test host cannot send it).
        foreach (var payload in XssCorpus.Payloads.Where(p => !p.Contains('\0', StringComparison.Ordinal)))
        {
            var response = await citizen.GetAsync("/xac-nhan/" + Uri.EscapeDataString(payload));

            Assert.True(response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.BadRequest, $"{payload}: {(int)response.StatusCode}");
            XssCorpus.AssertInert(await response.Content.ReadAsStringAsync(), payload, "/xac-nhan/{payload}");
        }
        Assert.Empty(_factory.Problems.All.Skip(problems).Select(LoggedProblems.Describe));
    }

    [Fact]
    public async Task TheTokenReachesNoLogLineNorTheLogFile()
    {
        using var citizen = _factory.CreateBrowser();
        var token = _target.Issue(Now.AddHours(1));
        await citizen.GetAsync(PublicUrls.ConfirmationPath(token));
        await citizen.SubmitFormAsync(PublicUrls.ConfirmationPath(token), []);
        await citizen.GetAsync(PublicUrls.ConfirmationPath(token) + "/extra?x=1");

        var messages = fixture.Log.Messages;
        Assert.Contains(messages, m => m.StartsWith("HTTP POST /xac-nhan/*** responded 200", StringComparison.Ordinal));
        var values = fixture.Log.All.SelectMany(e => e.Properties.Values).SelectMany(CapturedLog.Strings).ToList();
        var file = LogFile();
        foreach (var issued in _target.Tokens)
        {
            Assert.DoesNotContain(messages, m => m.Contains(issued, StringComparison.Ordinal));
            Assert.DoesNotContain(values, v => v.Contains(issued, StringComparison.Ordinal));
            Assert.DoesNotContain(issued, file, StringComparison.Ordinal);
        }
        Assert.Contains("/xac-nhan/***", file, StringComparison.Ordinal);
    }

    private string LogFile()
    {
        var folder = Path.Combine(_factory.Database.DataPath, "logs");
        return string.Concat(Directory.GetFiles(folder).Select(path =>
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var text = new StreamReader(stream);
            return text.ReadToEnd();
        }));
    }

    private static void AssertNeverStoredNorReferred(HttpResponseMessage response)
    {
        Assert.True(response.Headers.CacheControl?.NoStore, $"Cache-Control: {response.Headers.CacheControl}");
        Assert.Null(response.Headers.Age);
        SecurityHeaders.AssertAllPresent(response, referrerPolicy: "no-referrer");
    }
}
