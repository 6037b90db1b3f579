using System.Net;
using Microsoft.EntityFrameworkCore;
using Portal.Tests.Integration.Caching;
using Portal.Web.Accounts;
using Portal.Web.Auditing;

namespace Portal.Tests.Integration.English;

/// <summary>
/// <c>/admin/site</c>: administrators keep the site's name, owner, address and editor in charge in English; until they do,
/// the operator's defaults stand. Each save is audited and evicts the cached pages.
/// </summary>
public sealed class TheSiteTextsInEnglish(AdministratorFixture admin) : IClassFixture<AdministratorFixture>
{
    private const string Url = "/admin/site";

    private static Dictionary<string, string> Form(string name, string owner = "Provincial People's Committee", string address = "1 Pham Van Dong", string editor = "Chief of Office") =>
        new() { ["Input.Name"] = name, ["Input.Owner"] = owner, ["Input.Address"] = address, ["Input.EditorInCharge"] = editor };

    [Fact]
    public async Task ASavedNameReachesTheCachedEnglishPagesAndTheAuditLog()
    {
        var name = $"Provincial Portal {AdministratorFixture.UniqueTag()}";
        using var reader = await admin.Factory.EnglishReaderAsync();
        await reader.WarmAsync("/");

        var saved = await admin.Browser.SubmitFormAsync(Url, Form(name));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var html = await reader.PageAsync("/");
        Assert.Contains($"<title>{name}</title>", html);
        Assert.Contains($"<span class=\"brand-name\">{name}</span>", html);
        Assert.Contains("<p>Address: 1 Pham Van Dong</p>", html);
        Assert.Contains("<span class=\"brand-name\">Cổng Thông tin điện tử tỉnh Bà Rịa - Vũng Tàu</span>", await admin.PublicPageAsync("/"));
        var audit = await admin.Factory.WithDbAsync(db => db.AuditEntries.Where(e => e.Action == AuditActions.SiteTextsChanged).ToListAsync());
        Assert.Contains(audit, e => e.Details.Contains($"→ {name}", StringComparison.Ordinal) && e.UserName == admin.Email);
    }

    [Fact]
    public async Task AnEmptyTextShowsTheVietnameseOneMarked()
    {
        var saved = await admin.Browser.SubmitFormAsync(Url, Form($"Portal {AdministratorFixture.UniqueTag()}", owner: ""));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        using var reader = await admin.Factory.EnglishReaderAsync();

        var html = await reader.PageAsync("/");

        Assert.Contains($"<span class=\"brand-owner\">{EnglishReaders.Marked("Ủy ban nhân dân tỉnh Bà Rịa - Vũng Tàu")}</span>", html);
    }

    [Fact]
    public async Task ATooLongNameIsRefusedAndWhatWasTypedIsKept()
    {
        var tooLong = new string('n', 201);

        var answer = await admin.Browser.SubmitFormAsync(Url, Form(tooLong, owner: "<b>Owner</b>"));

        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        var html = await answer.Content.ReadAsStringAsync();
        Assert.Contains("Tên cổng tiếng Anh tối đa 200 ký tự.", Html.Text(html));
        Assert.Equal(tooLong, AdministratorFixture.InputValue(html, "Input.Name"));
        Assert.Equal("<b>Owner</b>", AdministratorFixture.InputValue(html, "Input.Owner"));
        Assert.DoesNotContain(await admin.Factory.WithDbAsync(db => db.SiteTranslations.Select(s => s.Name).ToListAsync()), n => n == tooLong);
    }

    [Fact]
    public async Task MarkupIsShownAsText()
    {
        var saved = await admin.Browser.SubmitFormAsync(Url, Form("<img src=x onerror=alert(1)> Portal"));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        using var reader = await admin.Factory.EnglishReaderAsync();

        var html = await reader.PageAsync("/");

        Assert.Contains("&lt;img src=x onerror=alert(1)&gt; Portal", html);
        Assert.DoesNotContain("<img src=x", html);
    }

    [Fact]
    public async Task AnEditorCanNeitherOpenNorSaveTheSiteTexts()
    {
        using var editor = await admin.Factory.SignedInAsync(Roles.Editor);
        var page = await admin.AdminPageAsync(Url);

        Assert.Equal(HttpStatusCode.Forbidden, (await editor.GetAsync(Url)).StatusCode);
        var post = await editor.PostFormAsync(Url, Form("Hijacked"), Newsroom.AntiforgeryToken(page));
        Assert.True(post.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.BadRequest, $"answered {(int)post.StatusCode}");
        Assert.DoesNotContain(await admin.Factory.WithDbAsync(db => db.SiteTranslations.Select(s => s.Name).ToListAsync()), n => n == "Hijacked");
        using var anonymous = admin.Factory.CreateBrowser();
        var anonymousAnswer = await anonymous.GetAsync(Url);
        Assert.NotEqual(HttpStatusCode.OK, anonymousAnswer.StatusCode);
    }

    [Fact]
    public async Task WithoutAnAntiforgeryTokenASaveIsABadRequest()
    {
        var answer = await admin.Browser.PostFormAsync(Url, Form("Forged Portal"), token: null);

        Assert.Equal(HttpStatusCode.BadRequest, answer.StatusCode);
        Assert.DoesNotContain(await admin.Factory.WithDbAsync(db => db.SiteTranslations.Select(s => s.Name).ToListAsync()), n => n == "Forged Portal");
    }
}
