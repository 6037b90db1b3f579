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

    [Theory]
    [InlineData("sai-mat-khau-hien-tai", NewPassword, NewPassword, "Mật khẩu không đúng.")]
    [InlineData(Newsroom.Password, NewPassword, "Mật-khẩu-khác-hẳn-2027", "Hai lần nhập mật khẩu mới không khớp.")]
    [InlineData(Newsroom.Password, "1234567890", "1234567890", "Mật khẩu quá dễ đoán")]
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
