using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Web.Accounts;
using Portal.Web.Auditing;
using Portal.Web.Importing;

namespace Portal.Tests.Integration;

/// <summary>One app on its own database for a test class; the class's tests share it.</summary>
public sealed class PortalFixture : IDisposable
{
    public PortalFactory Factory { get; } = new();

    public void Dispose() => Factory.Dispose();
}

/// <summary>Signing in and reading accounts and the audit log, for the account, users and audit tests.</summary>
public static class AccountSteps
{
    public const string SignInRefused = "Địa chỉ thư hoặc mật khẩu không đúng.";
    public const string LockedOutMessage = "Tài khoản đang bị khóa";

    /// <summary>A new browser signed in as that person; fails the test if the sign-in does not go through.</summary>
    public static async Task<HttpClient> SignInAsync(this PortalFactory factory, string email, string password = Newsroom.Password)
    {
        var browser = factory.CreateBrowser();
        var response = await browser.TrySignInAsync(email, password);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"Signing in as {email} answered {(int)response.StatusCode}");
        return browser;
    }

    public static Task<HttpResponseMessage> TrySignInAsync(this HttpClient browser, string email, string password) =>
        browser.SubmitFormAsync("/admin/account/login", new() { ["Input.Email"] = email, ["Input.Password"] = password });

    /// <summary>True when the newsroom opens; false when it sends the browser to the sign-in page.</summary>
    public static async Task<bool> IsSignedInAsync(this HttpClient browser)
    {
        var response = await browser.GetAsync("/admin");
        if (response.StatusCode == HttpStatusCode.Redirect)
        {
            Assert.StartsWith("/admin/account/login", response.Headers.Location!.AbsolutePath, StringComparison.OrdinalIgnoreCase);
            return false;
        }
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return true;
    }

    public static async Task<string> TextAsync(this HttpResponseMessage response) => Html.Text(await response.Content.ReadAsStringAsync());

    public static Task<PortalUser> UserAsync(this PortalFactory factory, string email) =>
        factory.WithDbAsync(db => db.Users.AsNoTracking().SingleAsync(u => u.Email == email));

    public static async Task<IList<string>> RolesOfAsync(this PortalFactory factory, string email)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        return await users.GetRolesAsync((await users.FindByEmailAsync(email))!);
    }

    /// <summary>The entries of one action, oldest first.</summary>
    public static Task<List<AuditEntry>> AuditAsync(this PortalFactory factory, string action) =>
        factory.WithDbAsync(db => db.AuditEntries.Where(e => e.Action == action).OrderBy(e => e.Id).ToListAsync());
}

public sealed class TheSetupPageCreatesTheFirstAdministratorOnce : IDisposable
{
    private readonly PortalFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    private static Dictionary<string, string> Form(string token) => new()
    {
        ["Input.Token"] = token,
        ["Input.Email"] = "quantri@portal.test",
        ["Input.DisplayName"] = "Quản trị viên",
        ["Input.Password"] = Newsroom.Password,
        ["Input.ConfirmPassword"] = Newsroom.Password,
    };

    [Fact]
    public async Task TheRightTokenCreatesASignedInAdministratorAndThenThePageIsNotFoundForGood()
    {
        var token = _factory.Services.GetRequiredService<SetupToken>().Issue();
        using var browser = _factory.CreateBrowser();

        var response = await browser.SubmitFormAsync("/admin/account/setup", Form(token));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal([Roles.Administrator], await _factory.RolesOfAsync("quantri@portal.test"));
        Assert.True(await browser.IsSignedInAsync());
        Assert.Single(await _factory.AuditAsync(AuditActions.SetupCompleted));

        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync("/admin/account/setup")).StatusCode);
        using var stranger = _factory.CreateBrowser();
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync("/admin/account/setup")).StatusCode);
        // Even with a valid antiforgery token and the old setup token, a second administrator cannot be made.
        var antiforgery = Newsroom.AntiforgeryToken(await (await stranger.GetAsync("/admin/account/login")).Content.ReadAsStringAsync());
        var second = await stranger.PostFormAsync("/admin/account/setup", Form(token), antiforgery);
        Assert.Equal(HttpStatusCode.NotFound, second.StatusCode);
        Assert.Equal(1, await _factory.WithDbAsync(db => db.Users.CountAsync()));
    }

    [Fact]
    public async Task AWrongTokenIsRefusedAndCreatesNothing()
    {
        var token = _factory.Services.GetRequiredService<SetupToken>().Issue();
        using var browser = _factory.CreateBrowser();

        var response = await browser.SubmitFormAsync("/admin/account/setup", Form("0123456789abcdef0123456789abcdef"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Mã thiết lập không đúng.", await response.TextAsync());
        Assert.Equal(0, await _factory.WithDbAsync(db => db.Users.CountAsync()));
        // The right token still works afterwards: a wrong guess does not use it up.
        Assert.Equal(HttpStatusCode.Redirect, (await browser.SubmitFormAsync("/admin/account/setup", Form(token))).StatusCode);
    }
}

public sealed class TheUsersAddCommand(PortalFixture fixture) : IClassFixture<PortalFixture>
{
    private readonly PortalFactory _factory = fixture.Factory;

    private async Task<(int ExitCode, string Output)> RunAsync(string password, params string[] arguments)
    {
        using var output = new StringWriter();
        var exitCode = await PortalCommand.Find(arguments)!.RunAsync(_factory.Services, output, new StringReader(password + "\n"));
        return (exitCode, output.ToString());
    }

    [Fact]
    public async Task CreatesAnAccountWithItsRoleAndExitsWithZero()
    {
        var (exitCode, output) = await RunAsync(Newsroom.Password, "users", "add", "--email", "bientap@portal.test", "--role", "Editor", "--name", "Trần Văn Biên");

        Assert.True(exitCode == 0, output);
        Assert.Contains("Created bientap@portal.test", output);
        Assert.Equal([Roles.Editor], await _factory.RolesOfAsync("bientap@portal.test"));
        Assert.Equal("Trần Văn Biên", (await _factory.UserAsync("bientap@portal.test")).DisplayName);
        using var browser = await _factory.SignInAsync("bientap@portal.test");
    }

    [Fact]
    public async Task WithoutAnEmailItPrintsHowToUseItAndExitsWithTwo()
    {
        var (exitCode, output) = await RunAsync(Newsroom.Password, "users", "add", "--role", "Editor");

        Assert.Equal(2, exitCode);
        Assert.Contains("usage: users add --email ADDRESS", output);
    }

    [Fact]
    public async Task AnUnknownRoleCreatesNothingAndExitsWithOne()
    {
        var (exitCode, output) = await RunAsync(Newsroom.Password, "users", "add", "--email", "vaitro@portal.test", "--role", "Superuser");

        Assert.Equal(1, exitCode);
        Assert.Contains("FAILED: Không có vai trò: Superuser", output);
        Assert.False(await _factory.WithDbAsync(db => db.Users.AnyAsync(u => u.Email == "vaitro@portal.test")));
    }

    [Theory]
    [InlineData("ngan-qua", "Mật khẩu phải có ít nhất 10 ký tự.")]
    [InlineData("1234567890", "Mật khẩu quá dễ đoán")]
    [InlineData("", "No password was given")]
    public async Task AWeakOrMissingPasswordCreatesNothingAndExitsWithOne(string password, string message)
    {
        var (exitCode, output) = await RunAsync(password, "users", "add", "--email", "yeu@portal.test", "--role", "Editor");

        Assert.Equal(1, exitCode);
        Assert.Contains(message, output);
        Assert.False(await _factory.WithDbAsync(db => db.Users.AnyAsync(u => u.Email == "yeu@portal.test")));
    }
}

public sealed class SignInLocksTheAccountAfterFiveWrongPasswords(PortalFixture fixture) : IClassFixture<PortalFixture>
{
    private readonly PortalFactory _factory = fixture.Factory;

    [Fact]
    public async Task TheFifthWrongPasswordLocksItEvenAgainstTheRightOneAndEveryTryIsAudited()
    {
        var email = await _factory.CreateUserAsync(Roles.Editor);
        using var browser = _factory.CreateBrowser();

        for (var attempt = 1; attempt <= 4; attempt++)
        {
            var wrong = await browser.TrySignInAsync(email, "sai-mat-khau-" + attempt);
            Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
            Assert.Contains(AccountSteps.SignInRefused, await wrong.TextAsync());
        }
        var fifth = await browser.TrySignInAsync(email, "sai-mat-khau-5");
        Assert.Contains("Tài khoản đang bị khóa. Nếu bạn vừa đăng nhập sai nhiều lần, xin thử lại sau 15 phút", await fifth.TextAsync());
        var right = await browser.TrySignInAsync(email, Newsroom.Password);
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.Contains(AccountSteps.LockedOutMessage, await right.TextAsync());
        Assert.False(await browser.IsSignedInAsync());

        var failed = (await _factory.AuditAsync(AuditActions.SignInFailed)).Where(e => e.UserName == email).ToList();
        Assert.Equal(4, failed.Count);
        Assert.All(failed, e => Assert.Equal("sai mật khẩu", e.Details));
        Assert.Equal(2, (await _factory.AuditAsync(AuditActions.LockedOut)).Count(e => e.UserName == email));
    }

    [Fact]
    public async Task AnUnknownAddressIsRefusedLikeAWrongPasswordAndAudited()
    {
        using var browser = _factory.CreateBrowser();

        var response = await browser.TrySignInAsync("khong-ai@portal.test", Newsroom.Password);

        Assert.Contains(AccountSteps.SignInRefused, await response.TextAsync());
        var entry = Assert.Single(await _factory.AuditAsync(AuditActions.SignInFailed), e => e.UserName == "khong-ai@portal.test");
        Assert.Equal("tài khoản không tồn tại", entry.Details);
    }
}

public sealed class SigningOutTakesAPostWithItsToken(PortalFixture fixture) : IClassFixture<PortalFixture>
{
    private readonly PortalFactory _factory = fixture.Factory;

    [Fact]
    public async Task AGetDoesNotSignOut()
    {
        using var browser = await _factory.SignedInAsync(Roles.Editor);

        var response = await browser.GetAsync("/admin/account/logout");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.True(await browser.IsSignedInAsync());
    }

    [Fact]
    public async Task APostWithoutTheTokenIsRefused()
    {
        using var browser = await _factory.SignedInAsync(Roles.Editor);

        var response = await browser.PostFormAsync("/admin/account/logout", [], token: null);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True(await browser.IsSignedInAsync());
    }

    [Fact]
    public async Task APostWithTheTokenSignsOutAndIsAudited()
    {
        var email = await _factory.CreateUserAsync(Roles.Editor);
        using var browser = await _factory.SignInAsync(email);

        var response = await browser.SubmitFormAsync("/admin", [], postUrl: "/admin/account/logout");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location!.OriginalString);
        Assert.False(await browser.IsSignedInAsync());
        Assert.Single(await _factory.AuditAsync(AuditActions.SignOut), e => e.UserName == email);
    }
}

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

public sealed class SignInsAreRateLimited : IDisposable
{
    private readonly PortalFactory _factory = new();

    public SignInsAreRateLimited() => _factory.Settings["Portal:Security:SignInAttemptsPerMinute"] = "3";

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task TheFourthSignInPostInAMinuteIsRefusedWithRetryAfter()
    {
        using var browser = _factory.CreateBrowser();
        var token = Newsroom.AntiforgeryToken(await (await browser.GetAsync("/admin/account/login")).Content.ReadAsStringAsync());
        var form = new Dictionary<string, string> { ["Input.Email"] = "ai-do@portal.test", ["Input.Password"] = "doan-mo-mat-khau" };

        for (var attempt = 1; attempt <= 3; attempt++)
        {
            Assert.Equal(HttpStatusCode.OK, (await browser.PostFormAsync("/admin/account/login", form, token)).StatusCode);
        }
        var fourth = await browser.PostFormAsync("/admin/account/login", form, token);

        Assert.Equal(HttpStatusCode.TooManyRequests, fourth.StatusCode);
        Assert.NotNull(fourth.Headers.RetryAfter);
        Assert.InRange(fourth.Headers.RetryAfter!.Delta!.Value, TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(1));
        // Showing the form is not a try.
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/admin/account/login")).StatusCode);
    }
}
