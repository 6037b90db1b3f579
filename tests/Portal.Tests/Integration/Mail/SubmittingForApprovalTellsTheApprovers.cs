using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Portal.Tests.Builders;
using Portal.Web.Accounts;
using Portal.Web.Mail;

namespace Portal.Tests.Integration.Mail;

/// <summary>
/// An article or a legal document sent for approval writes one message to each approver, with the save, unless the
/// approver turned the newsroom's e-mails off (on their own account page, or an administrator on theirs).
/// </summary>
public sealed class SubmittingForApprovalTellsTheApprovers(PortalFixture fixture) : IClassFixture<PortalFixture>
{
    private readonly PortalFactory _factory = fixture.Factory;

    [Fact]
    public async Task AnArticleSubmittedReachesEachApproverWhoWantsIt()
    {
        var wants = await _factory.CreateUserAsync(Roles.Approver, OutboxSteps.NewAddress("duyet-bai"));
        var turnedOff = await _factory.CreateUserAsync(Roles.Approver, OutboxSteps.NewAddress("khong-nhan"));
        var turnedOffByAdmin = await _factory.CreateUserAsync(Roles.Approver, OutboxSteps.NewAddress("quan-tri-tat"));
        using (var own = await SignInAsync(turnedOff))
        {
            var response = await own.SubmitFormAsync("/admin/account/password", new() { ["EmailNotifications"] = "false" }, handler: "Notifications");
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        }
        using (var administrator = await _factory.SignedInAsync(Roles.Administrator))
        {
            var id = await _factory.WithDbAsync(db => db.Users.Where(u => u.Email == turnedOffByAdmin).Select(u => u.Id).SingleAsync());
            var response = await administrator.SubmitFormAsync($"/admin/users/edit/{id}", new() { ["Notifications.Email"] = "false" }, handler: "Notifications");
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        }
        using var editor = await _factory.SignedInAsync(Roles.Editor);
        var form = new ArticleFormBuilder { CategoryId = (await _factory.CategoryIdAsync("tin-tuc-su-kien")).ToString(CultureInfo.InvariantCulture) };

        var articleId = await editor.WriteAsync(form, submit: true);

        var messages = await MessagesForAsync(wants, turnedOff, turnedOffByAdmin);
        var message = Assert.Single(messages);
        Assert.Equal(wants, message.ToAddress);
        Assert.Equal(ApprovalRequest.Purpose, message.Purpose);
        Assert.Equal(OutboxState.Queued, message.State);
        Assert.Contains(form.Title, message.Subject);
        Assert.Contains($"/admin/articles/review/{articleId}", message.TextBody);
        Assert.False(await _factory.WithDbAsync(db => db.Users.Where(u => u.Email == turnedOff).Select(u => u.EmailNotifications).SingleAsync()));
    }

    [Fact]
    public async Task ADraftSavedWithoutSubmittingTellsNobody()
    {
        var approver = await _factory.CreateUserAsync(Roles.Approver, OutboxSteps.NewAddress("duyet-nhap"));
        using var editor = await _factory.SignedInAsync(Roles.Editor);
        var form = new ArticleFormBuilder { CategoryId = (await _factory.CategoryIdAsync("tin-tuc-su-kien")).ToString(CultureInfo.InvariantCulture) };

        await editor.WriteAsync(form, submit: false);

        Assert.Empty(await MessagesForAsync(approver));
    }

    [Fact]
    public async Task ALegalDocumentSubmittedReachesTheApprovers()
    {
        var approver = await _factory.CreateUserAsync(Roles.Approver, OutboxSteps.NewAddress("duyet-van-ban"));
        var lists = await _factory.DocumentListsAsync();
        var input = lists.Input(LegalDocumentLibrary.NewNumber());
        input.Submit = true;

        var saved = (await _factory.SaveDocumentAsync(input)).Saved();

        var message = Assert.Single(await MessagesForAsync(approver));
        Assert.Contains(input.Number, message.Subject);
        Assert.Contains($"/admin/legaldocuments/review/{saved.Id}", message.TextBody);
    }

    [Fact]
    public async Task TheOwnAccountPageShowsTheSetting()
    {
        using var editor = await _factory.SignedInAsync(Roles.Editor);

        var html = await (await editor.GetAsync("/admin/account/password")).Content.ReadAsStringAsync();

        Assert.Contains("Thư thông báo", html);
        Assert.Matches("name=\"EmailNotifications\" value=\"true\" checked", html);
    }

    private async Task<HttpClient> SignInAsync(string email)
    {
        var browser = _factory.CreateBrowser();
        var response = await browser.SubmitFormAsync("/admin/account/login", new() { ["Input.Email"] = email, ["Input.Password"] = Newsroom.Password });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return browser;
    }

    private Task<List<OutboxMessage>> MessagesForAsync(params string[] addresses) =>
        _factory.WithDbAsync(db => db.OutboxMessages.AsNoTracking().Where(m => addresses.Contains(m.ToAddress)).ToListAsync());
}
