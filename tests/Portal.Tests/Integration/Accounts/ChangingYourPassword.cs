using System.Net;
using Portal.Web.Accounts;
using Portal.Web.Auditing;

namespace Portal.Tests.Integration;

public sealed class ChangingYourPassword(PortalFixture fixture) : IClassFixture<PortalFixture>
{
    private const string NewPassword = "Mật-khẩu-mới-hoàn-toàn-2027";

    private readonly PortalFactory _factory = fixture.Factory;

    private static Dictionary<string, string> Form(string current, string next, string confirm) => new()
    {
        ["Input.CurrentPassword"] = current,
        ["Input.NewPassword"] = next,
        ["Input.ConfirmPassword"] = confirm,
    };

    [Fact]
    public async Task TheNewPasswordSignsInAndTheOldOneNoLongerDoes()
    {
        var email = await _factory.CreateUserAsync(Roles.Editor);
        using var browser = await _factory.SignInAsync(email);

        var response = await browser.SubmitFormAsync("/admin/account/password", Form(Newsroom.Password, NewPassword, NewPassword));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.True(await browser.IsSignedInAsync());
        Assert.Single(await _factory.AuditAsync(AuditActions.PasswordChanged), e => e.UserName == email);
        using var another = _factory.CreateBrowser();
        Assert.Contains(AccountSteps.SignInRefused, await (await another.TrySignInAsync(email, Newsroom.Password)).TextAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await another.TrySignInAsync(email, NewPassword)).StatusCode);
    }

    /// <summary>
    /// The old password's sessions elsewhere end at once (the security stamp changed, and every request checks it);
    /// the session that changed it is renewed and stays, also past the minute's full check.
    /// </summary>
    [Fact]
    public async Task TheOtherSessionsCookieIsRefusedAtOnceAndThisSessionStays()
    {
        var email = await _factory.CreateUserAsync(Roles.Editor);
        using var browser = await _factory.SignInAsync(email);
        using var elsewhere = await _factory.SignInAsync(email);
        Assert.True(await elsewhere.IsSignedInAsync());

        var response = await browser.SubmitFormAsync("/admin/account/password", Form(Newsroom.Password, NewPassword + "-2", NewPassword + "-2"));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        Assert.False(await elsewhere.IsSignedInAsync());
        Assert.True(await browser.IsSignedInAsync());
        _factory.Clock.Advance(TimeSpan.FromSeconds(61));
        Assert.True(await browser.IsSignedInAsync());
    }

    [Theory]
    [InlineData("sai-mat-khau-hien-tai", NewPassword, NewPassword, "Mật khẩu không đúng.")]
    [InlineData(Newsroom.Password, NewPassword, "Mật-khẩu-khác-hẳn-2027", "Hai lần nhập mật khẩu mới không khớp.")]
    [InlineData(Newsroom.Password, "1234567890", "1234567890", "Mật khẩu quá dễ đoán")]
    [InlineData(Newsroom.Password, "Ngắn-9-kt", "Ngắn-9-kt", "Mật khẩu mới phải có từ 10 đến 200 ký tự.")]
    [InlineData(Newsroom.Password, "matkhau123", "matkhau123", "Mật khẩu quá dễ đoán")]
    [InlineData(Newsroom.Password, "ababababab", "ababababab", "Mật khẩu quá dễ đoán")]
    public async Task AWrongCurrentPasswordOrABadNewOneChangesNothing(string current, string next, string confirm, string message)
    {
        var email = await _factory.CreateUserAsync(Roles.Editor);
        using var browser = await _factory.SignInAsync(email);

        var response = await browser.SubmitFormAsync("/admin/account/password", Form(current, next, confirm));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, await response.TextAsync());
        using var another = await _factory.SignInAsync(email, Newsroom.Password);
    }
}
