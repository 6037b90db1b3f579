using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Portal.Web.Accounts;

namespace Portal.BrowserTests;

/// <summary>
/// As a person does it: "Quên mật khẩu?" on the sign-in page, the address, the letter (read from smtp4dev), its
/// link, the new password twice, then signing in with it.
/// </summary>
[Collection(PortalServerGroup.Name)]
public sealed partial class SomeoneWhoForgotTheirPasswordSetsANewOne(PortalServer server)
{
    [Fact]
    public async Task FromTheSignInPageThroughTheLetterToTheNewsroom()
    {
        var email = $"bien-tap-quen-{Guid.NewGuid():N}@example.org";
        await using (var scope = server.Services.CreateAsyncScope())
        {
            var (user, _) = await scope.ServiceProvider.GetRequiredService<UserAccounts>().CreateAsync(email, "Lê Văn Hay Quên", "Mật-khẩu-đã-quên-2026", [Roles.Editor]);
            Assert.NotNull(user);
        }
        var watched = await server.NewPageAsync(360);
        var page = watched.Page;

        await watched.GoAsync("/admin/account/login");
        await page.ClickAsync("text=Quên mật khẩu?");
        await page.FillAsync("#Input_Email", email);
        await page.ClickAsync("button[type=submit]");
        Assert.Contains("Nếu địa chỉ này có tài khoản", await page.InnerTextAsync("main"));

        var letter = Assert.Single(await server.Smtp.WaitForAsync(email));
        var link = ResetLink().Match(letter.TextBody ?? "").Value;
        Assert.StartsWith(server.BaseUrl + "/admin/account/reset?", link);
        await page.GotoAsync(link);
        await page.FillAsync("#Input_NewPassword", "Mật-khẩu-mới-trong-trình-duyệt-2026");
        await page.FillAsync("#Input_ConfirmPassword", "Mật-khẩu-mới-trong-trình-duyệt-2026");
        await page.ClickAsync("button[type=submit]");
        await page.WaitForURLAsync("**/admin/account/login");
        Assert.Contains("Đã đặt mật khẩu mới", await page.InnerTextAsync("main"));

        await page.FillAsync("#Input_Email", email);
        await page.FillAsync("#Input_Password", "Mật-khẩu-mới-trong-trình-duyệt-2026");
        await page.ClickAsync("button[type=submit]");
        await page.WaitForURLAsync("**/admin");
        Assert.Contains("Lê Văn Hay Quên", await page.InnerTextAsync(".admin-user"));
        Assert.Empty(watched.Problems);
        await page.Context.CloseAsync();
    }

    [GeneratedRegex(@"https?://\S+/admin/account/reset\?\S+")]
    private static partial Regex ResetLink();
}
