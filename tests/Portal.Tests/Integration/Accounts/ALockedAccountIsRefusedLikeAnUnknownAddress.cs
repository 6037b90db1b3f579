using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Portal.Web.Accounts;
using Portal.Web.Hosting;
using Xunit.Abstractions;

namespace Portal.Tests.Integration;

/// <summary>
/// A lock, whether from failed sign-ins or from an administrator, is not told to whoever types the address: the
/// page, the status and the work are those of an unknown address. Identity refuses a locked account before it looks
/// at the password, so the portal checks a password hash anyway: one check for every refused try, never none.
/// </summary>
[Trait("Database", "SqliteOnly")] // it compares answers and hash checks, not the database
public sealed class ALockedAccountIsRefusedLikeAnUnknownAddress : IDisposable
{
    private const int Attempts = 15;

    private readonly CountingPasswordHasher _hasher = new();
    private readonly PortalFactory _factory;
    private readonly ITestOutputHelper _output;

    public ALockedAccountIsRefusedLikeAnUnknownAddress(ITestOutputHelper output)
    {
        _output = output;
        _factory = new PortalFactory { TestServices = services => services.Replace(ServiceDescriptor.Singleton<IPasswordHasher<PortalUser>>(_hasher)) };
    }

    public void Dispose() => _factory.Dispose();

    /// <summary>Every kind of refused try, in the order a guesser meets them, with the address and password typed.</summary>
    private async Task<List<(string Try, string Email, string Password)>> TriesAsync()
    {
        var guessed = await _factory.CreateUserAsync(Roles.Editor);
        var lockedByAdministrator = await _factory.CreateUserAsync(Roles.Editor);
        await LockForGoodAsync(lockedByAdministrator);
        var tries = new List<(string, string, string)> { ("unknown address", $"khong-co-{Guid.NewGuid():N}@portal.test", Newsroom.Password) };
        tries.AddRange(Enumerable.Range(1, 7).Select(n => ($"wrong password {n}", guessed, $"sai-mat-khau-{n}")));
        tries.Add(("right password while locked out", guessed, Newsroom.Password));
        tries.Add(("locked by an administrator, right password", lockedByAdministrator, Newsroom.Password));
        tries.Add(("locked by an administrator, wrong password", lockedByAdministrator, "sai-mat-khau-khac"));
        return tries;
    }

    [Fact]
    public async Task EveryRefusalReadsTheSameWithTheSameStatus()
    {
        using var browser = _factory.CreateBrowser();
        string? first = null;

        foreach (var (label, email, password) in await TriesAsync())
        {
            var response = await browser.TrySignInAsync(email, password);

            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{label}: {(int)response.StatusCode}");
            Assert.DoesNotContain(response.Headers.TryGetValues("Set-Cookie", out var cookies) ? cookies : [],
                cookie => cookie.StartsWith(IdentitySetup.SignInCookie, StringComparison.Ordinal));
            var page = await SignInRefusals.ComparableAsync(response, email);
            first ??= page;
            Assert.True(first == page, $"{label} reads differently:\n{await response.TextAsync()}");
        }
        Assert.Contains(AccountSteps.SignInRefused, first);
    }

    [Fact]
    public async Task EveryRefusalChecksOnePasswordHash()
    {
        // The accounts first: with none at all, the sign-in page has no form to take a token from.
        var tries = await TriesAsync();
        using var browser = _factory.CreateBrowser();
        var token = Newsroom.AntiforgeryToken(await (await browser.GetAsync("/admin/account/login")).Content.ReadAsStringAsync());

        foreach (var (label, email, password) in tries)
        {
            var before = _hasher.Verifications;
            await browser.PostFormAsync("/admin/account/login", new() { ["Input.Email"] = email, ["Input.Password"] = password }, token);
            Assert.True(_hasher.Verifications - before == 1, $"{label}: {_hasher.Verifications - before} password checks");
        }
    }

    [Fact]
    public async Task ALockedAccountTakesAboutAsLongAsAnUnknownAddress()
    {
        var locked = await _factory.CreateUserAsync(Roles.Editor);
        await LockForGoodAsync(locked);
        using var browser = _factory.CreateBrowser();
        var token = Newsroom.AntiforgeryToken(await (await browser.GetAsync("/admin/account/login")).Content.ReadAsStringAsync());
        var lockedAccount = new List<double>();
        var noAccount = new List<double>();

        // Interleaved, so that a busy moment on the machine weighs on both alike.
        for (var i = 0; i < Attempts; i++)
        {
            lockedAccount.Add(await SignInRefusals.TimeAsync(browser, locked, token));
            noAccount.Add(await SignInRefusals.TimeAsync(browser, $"khong-co-{Guid.NewGuid():N}@portal.test", token));
        }

        _output.WriteLine(SignInRefusals.AssertAlike("locked account", lockedAccount, "no account", noAccount));
    }

    private async Task LockForGoodAsync(string email)
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        var user = (await users.FindByEmailAsync(email))!;
        Assert.True((await users.SetLockoutEndDateAsync(user, DateTimeOffset.MaxValue)).Succeeded);
    }
}
