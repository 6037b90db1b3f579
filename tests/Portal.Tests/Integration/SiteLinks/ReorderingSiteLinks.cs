using System.Net;
using Portal.Web.Auditing;

namespace Portal.Tests.Integration;

public sealed class ReorderingSiteLinks(AdministratorFixture admin) : IClassFixture<AdministratorFixture>
{
    private Task<HttpResponseMessage> MoveAsync(string handler, int id) =>
        admin.Browser.SubmitFormAsync(SiteLinkAdmin.ListUrl, [], handler, postUrl: $"{SiteLinkAdmin.ListUrl}?id={id}");

    [Fact]
    public async Task EveryLinkCanMoveUpExceptTheFirstAndDownExceptTheLast()
    {
        var links = await admin.LinksInOrderAsync();

        var html = await admin.AdminPageAsync(SiteLinkAdmin.ListUrl);

        string Form(string handler, int id) => $"action=\"{SiteLinkAdmin.ListUrl}?id={id}&amp;handler={handler}\"";
        Assert.DoesNotContain(Form("MoveUp", links[0].Id), html);
        Assert.DoesNotContain(Form("MoveDown", links[^1].Id), html);
        Assert.All(links.Skip(1), l => Assert.Contains(Form("MoveUp", l.Id), html));
        Assert.All(links.SkipLast(1), l => Assert.Contains(Form("MoveDown", l.Id), html));
    }

    [Fact]
    public async Task MovingALinkDownSwapsItWithTheNextInTheSidebar()
    {
        var before = await admin.LinksInOrderAsync();

        var response = await MoveAsync("MoveDown", before[2].Id);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains($"Đã chuyển liên kết “{before[2].Name}” xuống.", Html.Text(await admin.AdminPageAsync(SiteLinkAdmin.ListUrl)));
        var expected = before.Select(l => l.Name).ToList();
        (expected[2], expected[3]) = (expected[3], expected[2]);
        Assert.Equal(expected, (await admin.PublicSidebarLinksAsync()).Select(l => l.Name));
    }

    [Fact]
    public async Task MovingALinkUpSwapsItWithThePreviousInTheSidebar()
    {
        var before = await admin.LinksInOrderAsync();

        var response = await MoveAsync("MoveUp", before[1].Id);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var expected = before.Select(l => l.Name).ToList();
        (expected[0], expected[1]) = (expected[1], expected[0]);
        Assert.Equal(expected, (await admin.PublicSidebarLinksAsync()).Select(l => l.Name));
    }

    [Fact]
    public async Task TheLastLinkStaysLastWhenMovedDown()
    {
        var before = await admin.LinksInOrderAsync();

        var response = await MoveAsync("MoveDown", before[^1].Id);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(before.Select(l => l.Id), (await admin.LinksInOrderAsync()).Select(l => l.Id));
    }

    [Fact]
    public async Task AMoveIsRecordedInTheAuditLog()
    {
        var before = await admin.LinksInOrderAsync();

        await MoveAsync("MoveUp", before[3].Id);

        var entry = (await admin.AuditEntriesAsync(AuditActions.SiteLinkChanged, before[3].Name))[^1];
        Assert.Equal(admin.Email, entry.UserName);
        Assert.Equal($"Chuyển lên trên {before[2].Name}", entry.Details);
    }
}
