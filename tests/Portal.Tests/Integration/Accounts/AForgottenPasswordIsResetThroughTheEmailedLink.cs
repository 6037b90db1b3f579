using System.Net;
using Portal.Tests.Integration.Mail;
using Portal.Web.Accounts;
using Portal.Web.Areas.Admin.Pages.Account;
using Portal.Web.Auditing;

namespace Portal.Tests.Integration;

/// <summary>
/// Someone who forgot their password asks from the sign-in page, gets a letter through the outbox and a real SMTP
/// server, follows its link and chooses a new password: their other sessions end, the link is spent, the audit log
/// says so. An address without an account gets the same answer and no letter.
/// </summary>
[Trait("Needs", "Smtp")]
[Collection(SmtpServer.Collection)]
public sealed class AForgottenPasswordIsResetThroughTheEmailedLink(MailFixture mail) : IClassFixture<MailFixture>
{
    private readonly PortalFactory _factory = mail.Factory;

    [Fact]
    public async Task TheLetterLeadsToANewPasswordOnceAndEndsTheOtherSessions()
    {
        var email = await _factory.CreateUserAsync(Roles.Editor, OutboxSteps.NewAddress("quen-mat-khau"));
        using var elsewhere = await _factory.SignInAsync(email);
        using var browser = _factory.CreateBrowser();
        var signInPage = await browser.GetStringAsync("/admin/account/login");
        Assert.Contains("href=\"/admin/account/forgot\"", signInPage);

        var answer = await browser.AskForAResetAsync(email);

        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.Contains(ForgotModel.Answer, await answer.TextAsync());
        var letter = Assert.Single(await mail.Smtp.WaitForAsync(email));
        Assert.StartsWith("Đặt lại mật khẩu", letter.Subject, StringComparison.Ordinal);
        Assert.Contains("https://cong.example.org/admin/account/reset?", letter.TextBody);
        var link = PasswordResetSteps.LinkIn(letter.TextBody ?? "");

        var reset = await browser.ResetThroughAsync(link);

        Assert.Equal(HttpStatusCode.Redirect, reset.StatusCode);
        Assert.Equal("/admin/account/login", reset.Headers.Location!.OriginalString, ignoreCase: true);
        Assert.False(await elsewhere.IsSignedInAsync());
        using (var withTheOld = _factory.CreateBrowser())
        {
            Assert.Equal(HttpStatusCode.OK, (await withTheOld.TrySignInAsync(email, Newsroom.Password)).StatusCode);
        }
        using (var withTheNew = _factory.CreateBrowser())
        {
            Assert.Equal(HttpStatusCode.Redirect, (await withTheNew.TrySignInAsync(email, PasswordResetSteps.NewPassword)).StatusCode);
        }
        Assert.Contains(await _factory.AuditAsync(AuditActions.PasswordReset), e => e.UserName == email && e.Details.Contains("thư", StringComparison.Ordinal));
        Assert.Contains(await _factory.AuditAsync(AuditActions.PasswordResetRequested), e => e.UserName == email);

        using var again = _factory.CreateBrowser();
        var spent = await again.GetAsync(link);
        Assert.Contains("đã được dùng", await spent.TextAsync());
        Assert.DoesNotContain("Input.NewPassword", await spent.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task AnAddressWithoutAnAccountGetsTheSameAnswerAndNoLetter()
    {
        var stranger = OutboxSteps.NewAddress("khong-co-tai-khoan");
        var known = await _factory.CreateUserAsync(Roles.Editor, OutboxSteps.NewAddress("co-tai-khoan"));
        using var browser = _factory.CreateBrowser();

        var forTheStranger = await browser.AskForAResetAsync(stranger);
        var forTheKnown = await browser.AskForAResetAsync(known);

        Assert.Equal(forTheKnown.StatusCode, forTheStranger.StatusCode);
        Assert.Equal(await forTheKnown.Content.ReadAsStringAsync(), await forTheStranger.Content.ReadAsStringAsync());
        // The known address's letter was asked for second: once it has arrived, the stranger's would have too.
        Assert.Single(await mail.Smtp.WaitForAsync(known));
        Assert.Empty(await mail.Smtp.MessagesToAsync(stranger));
    }
}
