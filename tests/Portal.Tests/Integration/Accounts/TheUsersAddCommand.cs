using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Web.Accounts;
using Portal.Web.Importing;

namespace Portal.Tests.Integration;

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
