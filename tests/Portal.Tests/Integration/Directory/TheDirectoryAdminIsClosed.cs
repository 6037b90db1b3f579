using System.Net;
using Microsoft.EntityFrameworkCore;
using Portal.Web.Accounts;

namespace Portal.Tests.Integration;

public sealed class TheDirectoryAdminIsClosed(AdministratorFixture admin) : IClassFixture<AdministratorFixture>
{
    [Theory]
    [InlineData(Roles.Editor)]
    [InlineData(Roles.Approver)]
    public async Task ANewsroomRoleBelowAdministratorIsRefused(string role)
    {
        var agency = await admin.Factory.AgencyAsync("so-y-te");
        using var browser = await admin.Factory.SignedInAsync(role);

        Assert.Equal(HttpStatusCode.Forbidden, (await browser.GetAsync(DirectorySteps.ListUrl)).StatusCode);
        var post = await browser.PostAsync(DirectorySteps.EditAgencyUrl(agency.Id), new FormUrlEncodedContent(DirectorySteps.AgencyForm("Giả mạo")));
        Assert.True(post.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.BadRequest, $"Answered {(int)post.StatusCode}");
        Assert.Equal("Sở Y tế", (await admin.Factory.AgencyAsync("so-y-te")).NameVi);
    }

    [Fact]
    public async Task AnAnonymousVisitorIsSentToSignIn()
    {
        using var citizen = admin.Factory.CreateBrowser();

        var response = await citizen.GetAsync(DirectorySteps.AddAgencyUrl);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/admin/account/login", response.Headers.Location!.PathAndQuery);
    }

    [Theory]
    [InlineData("add-agency")]
    [InlineData("delete-agency")]
    [InlineData("move-agency")]
    [InlineData("add-official")]
    public async Task AFormWithoutAnAntiforgeryTokenIsABadRequestAndChangesNothing(string form)
    {
        var agency = await admin.AddAgencyAsync($"Không token {AdministratorFixture.UniqueTag()}");
        var (url, handler, fields) = form switch
        {
            "add-agency" => (DirectorySteps.AddAgencyUrl, null, DirectorySteps.AgencyForm("Giả mạo không token")),
            "delete-agency" => ($"{DirectorySteps.ListUrl}?id={agency.Id}", "Delete", []),
            "move-agency" => ($"{DirectorySteps.ListUrl}?id={agency.Id}", "MoveUp", []),
            _ => (DirectorySteps.AddOfficialUrl(agency.Id), (string?)null, DirectorySteps.OfficialForm(agency.Id, "Giả mạo không token")),
        };

        var response = await admin.Browser.PostFormAsync(url, fields, token: null, handler);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True(await admin.Factory.WithDbAsync(db => db.Agencies.AnyAsync(a => a.Id == agency.Id)));
        Assert.False(await admin.Factory.WithDbAsync(db => db.Agencies.AnyAsync(a => a.NameVi == "Giả mạo không token")));
        Assert.False(await admin.Factory.WithDbAsync(db => db.Officials.AnyAsync(o => o.Name == "Giả mạo không token")));
    }
}
