using System.Net;
using Portal.Web.Accounts;

namespace Portal.Tests.Integration;

/// <summary>
/// Besides the sliding expiry, a sign-in lasts <c>Portal:Security:SessionAbsoluteHours</c> (12) at most: a cookie
/// used every half hour, as a stolen one kept alive by a script would be, is refused once that time has passed since
/// the password was typed. Changing the password renews the cookie but not the sign-in time. The time is the app's
/// clock, which the test moves.
/// </summary>
public sealed class ASessionEndsTwelveHoursAfterSigningInHoweverBusy(PortalFixture fixture) : IClassFixture<PortalFixture>
{
    private readonly PortalFactory _factory = fixture.Factory;

    private static async Task KeepUsingAsync(PortalFactory factory, HttpClient browser, TimeSpan span)
    {
        for (var used = TimeSpan.Zero; used < span; used += TimeSpan.FromMinutes(30))
        {
            factory.Clock.Advance(TimeSpan.FromMinutes(30));
            Assert.True(await browser.IsSignedInAsync(), $"signed out {used + TimeSpan.FromMinutes(30)} after signing in");
        }
    }

    [Fact]
    public async Task ACookieUsedEveryHalfHourIsRefusedTwelveHoursAfterSigningIn()
    {
        using var browser = await _factory.SignedInAsync(Roles.Editor);

        await KeepUsingAsync(_factory, browser, TimeSpan.FromHours(11.5));
        _factory.Clock.Advance(TimeSpan.FromMinutes(29));
        Assert.True(await browser.IsSignedInAsync());
        _factory.Clock.Advance(TimeSpan.FromMinutes(2));

        Assert.False(await browser.IsSignedInAsync());
    }

    [Fact]
    public async Task ChangingThePasswordDoesNotStartTheTwelveHoursAgain()
    {
        var email = await _factory.CreateUserAsync(Roles.Editor);
        using var browser = await _factory.SignInAsync(email);
        await KeepUsingAsync(_factory, browser, TimeSpan.FromHours(11.5));

        const string next = "Mật-khẩu-mới-giữa-phiên-2026";
        var changed = await browser.SubmitFormAsync("/admin/account/password", new()
        {
            ["Input.CurrentPassword"] = Newsroom.Password,
            ["Input.NewPassword"] = next,
            ["Input.ConfirmPassword"] = next,
        });
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        Assert.True(await browser.IsSignedInAsync());
        _factory.Clock.Advance(TimeSpan.FromMinutes(31));

        Assert.False(await browser.IsSignedInAsync());
    }

    [Fact]
    public async Task TheLifetimeIsASetting()
    {
        using var factory = new PortalFactory();
        factory.Settings["Portal:Security:SessionAbsoluteHours"] = "2";
        using var browser = await factory.SignedInAsync(Roles.Editor);

        await KeepUsingAsync(factory, browser, TimeSpan.FromHours(1.5));
        factory.Clock.Advance(TimeSpan.FromMinutes(31));

        Assert.False(await browser.IsSignedInAsync());
    }
}
