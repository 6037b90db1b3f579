using System.Net;

namespace Portal.Tests.Integration;

public sealed class SiteLinkFormsWithoutAnAntiforgeryToken(AdministratorFixture admin) : IClassFixture<AdministratorFixture>
{
    [Theory]
    [InlineData("add")]
    [InlineData("edit")]
    [InlineData("delete")]
    [InlineData("move-up")]
    [InlineData("move-down")]
    public async Task AreRefusedWithABadRequestAndChangeNothing(string form)
    {
        var link = await admin.AddLinkAsync($"Không token {AdministratorFixture.UniqueTag()}", "https://chinhphu.vn");
        var (url, handler) = form switch
        {
            "add" => (SiteLinkAdmin.AddUrl, null),
            "edit" => (SiteLinkAdmin.EditUrl(link.Id), null),
            "delete" => (SiteLinkAdmin.DeleteUrl(link.Id), null),
            "move-up" => ($"{SiteLinkAdmin.ListUrl}?id={link.Id}", "MoveUp"),
            _ => ($"{SiteLinkAdmin.ListUrl}?id={link.Id}", "MoveDown"),
        };
        var before = await admin.LinksInOrderAsync();

        var response = await admin.Browser.PostFormAsync(url, SiteLinkAdmin.Form("Giả mạo", "https://evil.example"), token: null, handler);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var after = await admin.LinksInOrderAsync();
        Assert.Equal(before.Select(l => (l.Id, l.Name, l.Url, l.SortOrder)), after.Select(l => (l.Id, l.Name, l.Url, l.SortOrder)));
    }
}
