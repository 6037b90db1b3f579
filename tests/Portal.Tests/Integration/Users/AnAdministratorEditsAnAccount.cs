using System.Net;
using Portal.Web.Accounts;
using Portal.Web.Auditing;

namespace Portal.Tests.Integration;

public sealed class AnAdministratorEditsAnAccount(PortalFixture fixture) : IClassFixture<PortalFixture>
{
    private const string ResetPassword = "Mật-khẩu-quản-trị-đặt-2026";

    private readonly PortalFactory _factory = fixture.Factory;

    [Fact]
    public async Task TheEditPageShowsTheAccountWithItsNameRolesAndStatus()
    {
        var (admin, _) = await _factory.AdministratorAsync();
        var editor = await _factory.CreateUserAsync(Roles.Editor);

        var response = await admin.GetAsync(UsersPages.Edit(await _factory.IdOfAsync(editor)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains($"Tài khoản {editor}", html);
        Assert.Contains("value=\"Thử Biên tập\"", html);
        Assert.Contains($"value=\"{Roles.Editor}\" checked=\"checked\"", html);
        Assert.DoesNotContain($"value=\"{Roles.Approver}\" checked", html);
        Assert.Contains("Đang hoạt động", Html.Text(html));
    }

    [Fact]
    public async Task ChangingNameAndRolesIsAuditedWithBeforeAndAfter()
    {
        var (admin, adminEmail) = await _factory.AdministratorAsync();
        var editor = await _factory.CreateUserAsync(Roles.Editor);
        var id = await _factory.IdOfAsync(editor);

        var response = await admin.ChangeProfileAsync(id, "  Lê Văn Duyệt  ", Roles.Approver);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(UsersPages.Edit(id), response.Headers.Location!.OriginalString);
        Assert.Contains($"Đã lưu tên và vai trò của {editor}.", await (await admin.GetAsync(UsersPages.Edit(id))).TextAsync());
        Assert.Equal([Roles.Approver], await _factory.RolesOfAsync(editor));
        Assert.Equal("Lê Văn Duyệt", (await _factory.UserAsync(editor)).DisplayName);
        var entry = Assert.Single(await _factory.AuditAsync(AuditActions.RolesChanged), e => e.Target == editor);
        Assert.Equal(adminEmail, entry.UserName);
        Assert.Equal("Biên tập → Duyệt bài", entry.Details);
    }

    [Fact]
    public async Task RenamingAloneLeavesRolesAndAuditAlone()
    {
        var (admin, _) = await _factory.AdministratorAsync();
        var editor = await _factory.CreateUserAsync(Roles.Editor);
        var stampBefore = (await _factory.UserAsync(editor)).SecurityStamp;

        var response = await admin.ChangeProfileAsync(await _factory.IdOfAsync(editor), "Tên mới", Roles.Editor);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("Tên mới", (await _factory.UserAsync(editor)).DisplayName);
        Assert.Equal(stampBefore, (await _factory.UserAsync(editor)).SecurityStamp);
        Assert.DoesNotContain(await _factory.AuditAsync(AuditActions.RolesChanged), e => e.Target == editor);
    }

    [Theory]
    [InlineData("Superuser", "Không có vai trò: Superuser.")]
    [InlineData("", "Tên hiển thị tối đa 100 ký tự.")]
    public async Task BadInputChangesNothingAndKeepsWhatWasTyped(string role, string message)
    {
        var (admin, _) = await _factory.AdministratorAsync();
        var editor = await _factory.CreateUserAsync(Roles.Editor);
        var name = role.Length == 0 ? new string('Đ', 300) : "Tên gõ vào";

        var response = await admin.ChangeProfileAsync(await _factory.IdOfAsync(editor), name, Roles.Approver, role);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains(message, Html.Text(html));
        Assert.Contains($"value=\"{name}\"", html);
        Assert.Contains($"value=\"{Roles.Approver}\" checked=\"checked\"", html);
        Assert.Equal([Roles.Editor], await _factory.RolesOfAsync(editor));
        Assert.Equal("Thử Biên tập", (await _factory.UserAsync(editor)).DisplayName);
    }

    [Fact]
    public async Task AnUnknownAccountIsNotFound()
    {
        var (admin, _) = await _factory.AdministratorAsync();
        var token = Newsroom.AntiforgeryToken(await admin.GetStringAsync(UsersPages.Create));

        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync(UsersPages.Edit("khong-co-ai"))).StatusCode);
        foreach (var handler in new string?[] { null, "Lock", "Unlock", "Password" })
        {
            var response = await admin.PostFormAsync(UsersPages.Edit("khong-co-ai"), new() { ["Input.DisplayName"] = "X", ["Input.Roles"] = Roles.Editor }, token, handler);
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{handler}: {(int)response.StatusCode}");
        }
    }

    [Fact]
    public async Task APostWithoutAnAntiforgeryTokenIsABadRequest()
    {
        var (admin, _) = await _factory.AdministratorAsync();
        var editor = await _factory.CreateUserAsync(Roles.Editor);
        var id = await _factory.IdOfAsync(editor);

        foreach (var handler in new string?[] { null, "Lock", "Unlock", "Password" })
        {
            var response = await admin.PostFormAsync(UsersPages.Edit(id), new() { ["Input.Roles"] = Roles.Approver }, token: null, handler);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        }
        Assert.Equal([Roles.Editor], await _factory.RolesOfAsync(editor));
    }

    [Fact]
    public async Task ANewPasswordReplacesTheOldOneAndIsAudited()
    {
        var (admin, adminEmail) = await _factory.AdministratorAsync();
        var editor = await _factory.CreateUserAsync(Roles.Editor);

        var response = await admin.ResetPasswordAsync(await _factory.IdOfAsync(editor), ResetPassword);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        using var browser = _factory.CreateBrowser();
        Assert.Contains(AccountSteps.SignInRefused, await (await browser.TrySignInAsync(editor, Newsroom.Password)).TextAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await browser.TrySignInAsync(editor, ResetPassword)).StatusCode);
        var entry = Assert.Single(await _factory.AuditAsync(AuditActions.PasswordReset), e => e.Target == editor);
        Assert.Equal(adminEmail, entry.UserName);
    }

    [Theory]
    [InlineData("ngan-qua", "ngan-qua", "Mật khẩu mới phải có từ 10 đến 200 ký tự.")]
    [InlineData("1234567890", "1234567890", "Mật khẩu quá dễ đoán, xin chọn mật khẩu khác.")]
    [InlineData(ResetPassword, ResetPassword + "x", "Hai lần nhập mật khẩu mới không khớp.")]
    [InlineData(ResetPassword, "", "Xin nhập lại mật khẩu mới.")]
    public async Task AWeakOrMismatchedNewPasswordChangesNothing(string password, string confirm, string message)
    {
        var (admin, _) = await _factory.AdministratorAsync();
        var editor = await _factory.CreateUserAsync(Roles.Editor);

        var response = await admin.ResetPasswordAsync(await _factory.IdOfAsync(editor), password, confirm);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains(message, Html.Text(html));
        Assert.DoesNotContain($"value=\"{password}\"", html);
        // The other forms show the account as stored.
        Assert.Contains("value=\"Thử Biên tập\"", html);
        using var stillWorks = await _factory.SignInAsync(editor);
    }
}
