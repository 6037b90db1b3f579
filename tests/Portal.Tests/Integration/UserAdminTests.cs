using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Portal.Web.Accounts;
using Portal.Web.Auditing;

namespace Portal.Tests.Integration;

/// <summary>The administrator's users pages as a browser uses them.</summary>
public static class UsersPages
{
    public const string Index = "/admin/users";
    public const string Create = "/admin/users/create";

    public static string Edit(string id) => $"/admin/users/edit/{id}";

    /// <summary>An administrator's browser and their address.</summary>
    public static async Task<(HttpClient Browser, string Email)> AdministratorAsync(this PortalFactory factory)
    {
        var email = await factory.CreateUserAsync(Roles.Administrator);
        return (await factory.SignInAsync(email), email);
    }

    /// <summary>Posts the name-and-roles form of the edit page.</summary>
    public static Task<HttpResponseMessage> ChangeProfileAsync(this HttpClient admin, string id, string displayName, params string[] roles)
    {
        var fields = new List<KeyValuePair<string, string>> { new("Input.DisplayName", displayName) };
        fields.AddRange(roles.Select(r => new KeyValuePair<string, string>("Input.Roles", r)));
        return admin.PostListAsync(Edit(id), fields);
    }

    public static Task<HttpResponseMessage> LockAsync(this HttpClient admin, string id, string lastDay = "") =>
        admin.SubmitFormAsync(Edit(id), new() { ["Lock.LastDay"] = lastDay }, handler: "Lock");

    public static Task<HttpResponseMessage> UnlockAsync(this HttpClient admin, string id) =>
        admin.SubmitFormAsync(Edit(id), [], handler: "Unlock");

    public static Task<HttpResponseMessage> ResetPasswordAsync(this HttpClient admin, string id, string password, string? confirm = null) =>
        admin.SubmitFormAsync(Edit(id), new() { ["Password.NewPassword"] = password, ["Password.ConfirmPassword"] = confirm ?? password }, handler: "Password");

    /// <summary>A form with repeated names (checkboxes), posted with the page's own antiforgery token.</summary>
    public static async Task<HttpResponseMessage> PostListAsync(this HttpClient browser, string url, List<KeyValuePair<string, string>> fields, string? handler = null)
    {
        var page = await browser.GetAsync(url);
        Assert.True(page.IsSuccessStatusCode, $"GET {url} answered {(int)page.StatusCode}");
        fields.Add(new("__RequestVerificationToken", Newsroom.AntiforgeryToken(await page.Content.ReadAsStringAsync())));
        return await browser.PostAsync(handler is null ? url : $"{url}?handler={handler}", new FormUrlEncodedContent(fields));
    }

    /// <summary>The text of the users table's row for that address.</summary>
    public static async Task<string> RowOfAsync(this HttpClient admin, string email)
    {
        var html = await admin.GetStringAsync(Index);
        var row = Regex.Matches(html, "<tr>.*?</tr>", RegexOptions.Singleline).Select(m => Html.Text(m.Value)).SingleOrDefault(r => r.StartsWith(email + " ", StringComparison.Ordinal));
        Assert.True(row is not null, $"No row for {email}");
        return row;
    }

    public static async Task<string> IdOfAsync(this PortalFactory factory, string email) => (await factory.UserAsync(email)).Id;
}

public sealed class TheUsersPageListsEveryAccount(PortalFixture fixture) : IClassFixture<PortalFixture>
{
    private readonly PortalFactory _factory = fixture.Factory;

    [Fact]
    public async Task EachRowShowsAddressNameVietnameseRolesStatusAndFailedSignIns()
    {
        var (admin, adminEmail) = await _factory.AdministratorAsync();
        var editor = await _factory.CreateUserAsync(Roles.Editor);
        var approver = await _factory.CreateUserAsync(Roles.Approver);
        using var stranger = _factory.CreateBrowser();
        await stranger.TrySignInAsync(editor, "sai-mat-khau-1");
        await stranger.TrySignInAsync(editor, "sai-mat-khau-2");

        var response = await admin.GetAsync(UsersPages.Index);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("<title>Người dùng - Quản trị", html);
        Assert.Contains($"href=\"{UsersPages.Create}\"", html);
        Assert.Equal($"{editor} Thử Biên tập Biên tập Đang hoạt động 2 Sửa tài khoản {editor}", await admin.RowOfAsync(editor));
        Assert.Equal($"{approver} Thử Duyệt bài Duyệt bài Đang hoạt động 0 Sửa tài khoản {approver}", await admin.RowOfAsync(approver));
        Assert.StartsWith($"{adminEmail} Thử Quản trị Quản trị Đang hoạt động", await admin.RowOfAsync(adminEmail));
        Assert.Contains($"href=\"{UsersPages.Edit(await _factory.IdOfAsync(editor))}\"", html);
    }

    [Fact]
    public async Task ALockedAccountShowsUntilWhenInVietnamTime()
    {
        var (admin, _) = await _factory.AdministratorAsync();
        var until = await _factory.CreateUserAsync(Roles.Editor);
        var forGood = await _factory.CreateUserAsync(Roles.Editor);

        await admin.LockAsync(await _factory.IdOfAsync(until), "2026-12-01");
        await admin.LockAsync(await _factory.IdOfAsync(forGood));

        Assert.Contains("Bị khóa đến hết ngày 01/12/2026", await admin.RowOfAsync(until));
        Assert.Contains("Bị khóa vô thời hạn", await admin.RowOfAsync(forGood));
        // That is, to midnight of the 2nd in Vietnam.
        Assert.Contains("datetime=\"2026-12-02T00:00:00+07:00\"", WebUtility.HtmlDecode(await admin.GetStringAsync(UsersPages.Index)));
    }
}

public sealed class AnAdministratorCreatesAccounts(PortalFixture fixture) : IClassFixture<PortalFixture>
{
    private const string TypedPassword = "Mật-khẩu-gõ-vào-2026";

    private readonly PortalFactory _factory = fixture.Factory;

    private static List<KeyValuePair<string, string>> Form(string email, string displayName, string password, string confirm, params string[] roles)
    {
        var fields = new List<KeyValuePair<string, string>>
        {
            new("Input.Email", email), new("Input.DisplayName", displayName),
            new("Input.Password", password), new("Input.ConfirmPassword", confirm),
        };
        fields.AddRange(roles.Select(r => new KeyValuePair<string, string>("Input.Roles", r)));
        return fields;
    }

    [Fact]
    public async Task ANewAccountGetsItsRolesCanSignInAndIsAudited()
    {
        var (admin, adminEmail) = await _factory.AdministratorAsync();

        var response = await admin.PostListAsync(UsersPages.Create,
            Form("hoa.nguyen@portal.test", "Nguyễn Thị Hoa", TypedPassword, TypedPassword, Roles.Editor, Roles.Approver));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(UsersPages.Index, response.Headers.Location!.OriginalString);
        Assert.Contains("Đã tạo tài khoản hoa.nguyen@portal.test.", await (await admin.GetAsync(UsersPages.Index)).TextAsync());
        Assert.Equal([Roles.Approver, Roles.Editor], (await _factory.RolesOfAsync("hoa.nguyen@portal.test")).Order());
        Assert.Equal("Nguyễn Thị Hoa", (await _factory.UserAsync("hoa.nguyen@portal.test")).DisplayName);
        using var newcomer = await _factory.SignInAsync("hoa.nguyen@portal.test", TypedPassword);
        var entry = Assert.Single(await _factory.AuditAsync(AuditActions.UserCreated), e => e.Target == "hoa.nguyen@portal.test");
        Assert.Equal(adminEmail, entry.UserName);
        Assert.Equal("Duyệt bài, Biên tập", entry.Details);
    }

    public static TheoryData<string, string, string, string, string[], string> BadInput => new()
    {
        { "trung@portal.test", "Trùng địa chỉ", TypedPassword, TypedPassword, [Roles.Editor], "Địa chỉ thư 'trung@portal.test' đã được dùng." },
        { "khong-phai-dia-chi", "Sai địa chỉ", TypedPassword, TypedPassword, [Roles.Editor], "Địa chỉ thư không hợp lệ." },
        { "ngan@portal.test", "Mật khẩu ngắn", "ngan-qua", "ngan-qua", [Roles.Editor], "Mật khẩu phải có từ 10 đến 200 ký tự." },
        { "de-doan@portal.test", "Mật khẩu dễ đoán", "1234567890", "1234567890", [Roles.Editor], "Mật khẩu quá dễ đoán, xin chọn mật khẩu khác." },
        { "lech@portal.test", "Nhập lại lệch", TypedPassword, TypedPassword + "x", [Roles.Editor], "Hai lần nhập mật khẩu không khớp." },
        { "thieu-xac-nhan@portal.test", "Thiếu nhập lại", TypedPassword, "", [Roles.Editor], "Xin nhập lại mật khẩu." },
        { "khong-vai-tro@portal.test", "Không vai trò", TypedPassword, TypedPassword, [], "Xin chọn ít nhất một vai trò." },
        { "vai-tro-la@portal.test", "Vai trò lạ", TypedPassword, TypedPassword, [Roles.Editor, "Superuser"], "Không có vai trò: Superuser." },
        { "ten-dai@portal.test", new string('Ư', 300), TypedPassword, TypedPassword, [Roles.Editor], "Tên hiển thị tối đa 100 ký tự." },
        { "", "Không địa chỉ", TypedPassword, TypedPassword, [Roles.Editor], "Xin nhập địa chỉ thư." },
    };

    [Theory]
    [MemberData(nameof(BadInput))]
    public async Task BadInputIsRefusedInVietnameseKeepingWhatWasTypedExceptPasswords(string email, string displayName, string password, string confirm, string[] roles, string message)
    {
        var (admin, _) = await _factory.AdministratorAsync();
        if (email == "trung@portal.test" && !await _factory.WithDbAsync(db => db.Users.AnyAsync(u => u.Email == email)))
        {
            await _factory.CreateUserAsync(Roles.Editor, email);
        }
        var accountsBefore = await _factory.WithDbAsync(db => db.Users.CountAsync());

        var response = await admin.PostListAsync(UsersPages.Create, Form(email, displayName, password, confirm, roles));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains(message, Html.Text(html));
        Assert.Contains("Chưa lưu được", Html.Text(html));
        Assert.Contains($"value=\"{email}\"", html);
        Assert.Contains($"value=\"{displayName}\"", html);
        Assert.DoesNotContain(TypedPassword, html);
        Assert.DoesNotContain("value=\"1234567890\"", html);
        foreach (var role in roles.Where(Roles.All.Contains))
        {
            Assert.Contains($"value=\"{role}\" checked=\"checked\"", html);
        }
        Assert.Equal(accountsBefore, await _factory.WithDbAsync(db => db.Users.CountAsync()));
        Assert.DoesNotContain("field is required", html);
    }

    [Fact]
    public async Task AnAddressDifferingOnlyInCaseIsADuplicate()
    {
        var (admin, _) = await _factory.AdministratorAsync();
        var existing = await _factory.CreateUserAsync(Roles.Editor);

        var response = await admin.PostListAsync(UsersPages.Create, Form(existing.ToUpperInvariant(), "", TypedPassword, TypedPassword, Roles.Editor));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("đã được dùng", await response.TextAsync());
    }

    [Fact]
    public async Task APostWithoutAnAntiforgeryTokenIsABadRequest()
    {
        var (admin, _) = await _factory.AdministratorAsync();

        var response = await admin.PostAsync(UsersPages.Create, new FormUrlEncodedContent(Form("khong-token@portal.test", "", TypedPassword, TypedPassword, Roles.Editor)));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(await _factory.WithDbAsync(db => db.Users.AnyAsync(u => u.Email == "khong-token@portal.test")));
    }
}

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

public sealed class LockingAnAccount(PortalFixture fixture) : IClassFixture<PortalFixture>
{
    private readonly PortalFactory _factory = fixture.Factory;

    [Fact]
    public async Task ALockedAccountCannotSignInUntilUnlocked()
    {
        var (admin, adminEmail) = await _factory.AdministratorAsync();
        var editor = await _factory.CreateUserAsync(Roles.Editor);
        var id = await _factory.IdOfAsync(editor);

        // Far off: Identity judges a lock by the system clock, not by the app's TimeProvider.
        var locked = await admin.LockAsync(id, "2099-12-31");

        Assert.Equal(HttpStatusCode.Redirect, locked.StatusCode);
        Assert.Contains($"Đã khóa tài khoản {editor}.", await (await admin.GetAsync(UsersPages.Edit(id))).TextAsync());
        using var browser = _factory.CreateBrowser();
        Assert.Contains(AccountSteps.LockedOutMessage, await (await browser.TrySignInAsync(editor, Newsroom.Password)).TextAsync());
        var entry = Assert.Single(await _factory.AuditAsync(AuditActions.UserLocked), e => e.Target == editor);
        Assert.Equal(adminEmail, entry.UserName);
        Assert.Equal("đến hết ngày 31/12/2099", entry.Details);

        var unlocked = await admin.UnlockAsync(id);

        Assert.Equal(HttpStatusCode.Redirect, unlocked.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await browser.TrySignInAsync(editor, Newsroom.Password)).StatusCode);
        Assert.Single(await _factory.AuditAsync(AuditActions.UserUnlocked), e => e.Target == editor);
        Assert.Contains("Đang hoạt động", await admin.RowOfAsync(editor));
    }

    [Fact]
    public async Task ALockWithoutADateHasNoEnd()
    {
        var (admin, _) = await _factory.AdministratorAsync();
        var editor = await _factory.CreateUserAsync(Roles.Editor);

        await admin.LockAsync(await _factory.IdOfAsync(editor));

        Assert.Equal(DateTimeOffset.MaxValue, (await _factory.UserAsync(editor)).LockoutEnd);
        Assert.Equal("vô thời hạn", (await _factory.AuditAsync(AuditActions.UserLocked)).Single(e => e.Target == editor).Details);
    }

    [Fact]
    public async Task UnlockingEndsALockOutAfterFailedSignIns()
    {
        var (admin, _) = await _factory.AdministratorAsync();
        var editor = await _factory.CreateUserAsync(Roles.Editor);
        using var stranger = _factory.CreateBrowser();
        for (var attempt = 1; attempt <= 5; attempt++)
        {
            await stranger.TrySignInAsync(editor, "sai-mat-khau-" + attempt);
        }
        Assert.Matches("Bị khóa đến [0-9]{2}:[0-9]{2} [0-9]{2}/[0-9]{2}/[0-9]{4}", await admin.RowOfAsync(editor));

        await admin.UnlockAsync(await _factory.IdOfAsync(editor));

        Assert.Contains("Đang hoạt động", await admin.RowOfAsync(editor));
        Assert.Equal(HttpStatusCode.Redirect, (await stranger.TrySignInAsync(editor, Newsroom.Password)).StatusCode);
    }

    [Fact]
    public async Task UnlockingForgetsFailedSignIns()
    {
        var (admin, _) = await _factory.AdministratorAsync();
        var editor = await _factory.CreateUserAsync(Roles.Editor);
        using var stranger = _factory.CreateBrowser();
        for (var attempt = 1; attempt <= 3; attempt++)
        {
            await stranger.TrySignInAsync(editor, "sai-mat-khau-" + attempt);
        }
        Assert.EndsWith($"Đang hoạt động 3 Sửa tài khoản {editor}", await admin.RowOfAsync(editor));
        Assert.Contains("Mở khóa và xóa số lần đăng nhập sai", await admin.GetStringAsync(UsersPages.Edit(await _factory.IdOfAsync(editor))));

        await admin.UnlockAsync(await _factory.IdOfAsync(editor));

        Assert.EndsWith($"Đang hoạt động 0 Sửa tài khoản {editor}", await admin.RowOfAsync(editor));
    }

    [Theory]
    [InlineData("32/13/2026", "không hợp lệ")]
    [InlineData("2026-13-45", "không hợp lệ")]
    [InlineData("2020-01-01", "Ngày cuối bị khóa không được ở trước hôm nay.")]
    public async Task ABadOrPastDateLocksNothing(string lastDay, string message)
    {
        var (admin, _) = await _factory.AdministratorAsync();
        var editor = await _factory.CreateUserAsync(Roles.Editor);

        var response = await admin.LockAsync(await _factory.IdOfAsync(editor), lastDay);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, await response.TextAsync());
        Assert.Null((await _factory.UserAsync(editor)).LockoutEnd);
    }

    [Fact]
    public async Task TodayLocksToTheEndOfTodayInVietnam()
    {
        var (admin, _) = await _factory.AdministratorAsync();
        var editor = await _factory.CreateUserAsync(Roles.Editor);

        // The clock says 10:00 on 28/11/2026 in Vietnam.
        await admin.LockAsync(await _factory.IdOfAsync(editor), "2026-11-28");

        Assert.Equal(new DateTimeOffset(2026, 11, 28, 17, 0, 0, TimeSpan.Zero), (await _factory.UserAsync(editor)).LockoutEnd);
    }
}

public sealed class AdministratorsCannotShutThemselvesOut(PortalFixture fixture) : IClassFixture<PortalFixture>
{
    private readonly PortalFactory _factory = fixture.Factory;

    [Fact]
    public async Task AnAdministratorCannotRemoveTheirOwnAdministratorRole()
    {
        var (admin, email) = await _factory.AdministratorAsync();

        var response = await admin.ChangeProfileAsync(await _factory.IdOfAsync(email), "Tôi", Roles.Editor);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Bạn không thể tự bỏ vai trò Quản trị của mình", await response.TextAsync());
        Assert.Equal([Roles.Administrator], await _factory.RolesOfAsync(email));
    }

    [Fact]
    public async Task AnAdministratorCannotLockThemselves()
    {
        var (admin, email) = await _factory.AdministratorAsync();

        var response = await admin.LockAsync(await _factory.IdOfAsync(email));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Bạn không thể tự khóa tài khoản của mình.", await response.TextAsync());
        Assert.Null((await _factory.UserAsync(email)).LockoutEnd);
    }

    [Fact]
    public async Task AnAdministratorMayAddARoleToThemselvesAndStaysSignedIn()
    {
        var (admin, email) = await _factory.AdministratorAsync();

        var response = await admin.ChangeProfileAsync(await _factory.IdOfAsync(email), "Tôi", Roles.Administrator, Roles.Editor);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal([Roles.Administrator, Roles.Editor], (await _factory.RolesOfAsync(email)).Order());
        _factory.Clock.Advance(TimeSpan.FromMinutes(2));
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync(UsersPages.Index)).StatusCode);
    }
}

/// <summary>
/// Two administrators; one locks the other, whose session lives on until the next security-stamp check. That
/// session must not be able to leave the portal without an administrator who can sign in.
/// </summary>
public sealed class TheLastActiveAdministratorCannotBeRemoved : IDisposable
{
    private readonly PortalFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task ALockedAdministratorsLingeringSessionCanNeitherDemoteNorLockTheLastOne()
    {
        var (first, firstEmail) = await _factory.AdministratorAsync();
        var (second, secondEmail) = await _factory.AdministratorAsync();
        Assert.Equal(HttpStatusCode.Redirect, (await first.LockAsync(await _factory.IdOfAsync(secondEmail))).StatusCode);
        var firstId = await _factory.IdOfAsync(firstEmail);

        var demote = await second.ChangeProfileAsync(firstId, "Thử Quản trị", Roles.Editor);
        var lockOut = await second.LockAsync(firstId);

        foreach (var response in new[] { demote, lockOut })
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains("Phải còn ít nhất một quản trị viên không bị khóa", await response.TextAsync());
        }
        Assert.Equal([Roles.Administrator], await _factory.RolesOfAsync(firstEmail));
        Assert.Null((await _factory.UserAsync(firstEmail)).LockoutEnd);
        Assert.DoesNotContain(await _factory.AuditAsync(AuditActions.RolesChanged), e => e.Target == firstEmail);
        Assert.True(await first.IsSignedInAsync());
    }
}

/// <summary>
/// Taking rights away ends the person's other sessions at the next security-stamp check, which comes once the
/// validation interval (one minute) has passed since the cookie was issued. The interval is measured on the
/// app's clock, which the test moves.
/// </summary>
public sealed class SessionsEndWhenAnAdministratorTakesRightsAway(PortalFixture fixture) : IClassFixture<PortalFixture>
{
    private readonly PortalFactory _factory = fixture.Factory;

    private async Task AssertSignedOutOnlyAfterTheIntervalAsync(HttpClient session)
    {
        Assert.True(await session.IsSignedInAsync());
        _factory.Clock.Advance(TimeSpan.FromSeconds(61));
        Assert.False(await session.IsSignedInAsync());
    }

    [Fact]
    public async Task RemovingEveryRoleSignsThePersonOut()
    {
        var (admin, _) = await _factory.AdministratorAsync();
        var editor = await _factory.CreateUserAsync(Roles.Editor);
        using var session = await _factory.SignInAsync(editor);

        Assert.Equal(HttpStatusCode.Redirect, (await admin.ChangeProfileAsync(await _factory.IdOfAsync(editor), "Thử Biên tập")).StatusCode);

        Assert.Empty(await _factory.RolesOfAsync(editor));
        await AssertSignedOutOnlyAfterTheIntervalAsync(session);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync(UsersPages.Index)).StatusCode);
        Assert.Contains("Không có vai trò", await admin.RowOfAsync(editor));
    }

    [Fact]
    public async Task ChangingRolesSignsThePersonOut()
    {
        var (admin, _) = await _factory.AdministratorAsync();
        var approver = await _factory.CreateUserAsync(Roles.Approver);
        using var session = await _factory.SignInAsync(approver);

        await admin.ChangeProfileAsync(await _factory.IdOfAsync(approver), "Thử Duyệt bài", Roles.Editor);

        await AssertSignedOutOnlyAfterTheIntervalAsync(session);
    }

    [Fact]
    public async Task LockingSignsThePersonOut()
    {
        var (admin, _) = await _factory.AdministratorAsync();
        var editor = await _factory.CreateUserAsync(Roles.Editor);
        using var session = await _factory.SignInAsync(editor);

        await admin.LockAsync(await _factory.IdOfAsync(editor), "2026-12-31");

        await AssertSignedOutOnlyAfterTheIntervalAsync(session);
    }

    [Fact]
    public async Task ResettingThePasswordSignsThePersonOut()
    {
        var (admin, _) = await _factory.AdministratorAsync();
        var editor = await _factory.CreateUserAsync(Roles.Editor);
        using var session = await _factory.SignInAsync(editor);

        await admin.ResetPasswordAsync(await _factory.IdOfAsync(editor), "Mật-khẩu-quản-trị-đặt-2026");

        await AssertSignedOutOnlyAfterTheIntervalAsync(session);
    }

    [Fact]
    public async Task RenamingLeavesThePersonSignedIn()
    {
        var (admin, _) = await _factory.AdministratorAsync();
        var editor = await _factory.CreateUserAsync(Roles.Editor);
        using var session = await _factory.SignInAsync(editor);

        await admin.ChangeProfileAsync(await _factory.IdOfAsync(editor), "Tên khác", Roles.Editor);

        _factory.Clock.Advance(TimeSpan.FromSeconds(61));
        Assert.True(await session.IsSignedInAsync());
    }
}
