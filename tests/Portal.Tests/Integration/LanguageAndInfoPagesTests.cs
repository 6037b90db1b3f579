using System.Net;
using Portal.Web.Accounts;

namespace Portal.Tests.Integration;

/// <summary>Vietnamese by default, English labels by the reader's choice; the agency's pages in both languages.</summary>
public sealed class LanguageAndInfoPagesTests(LanguageAndInfoPagesTests.Fixture fixture) : IClassFixture<LanguageAndInfoPagesTests.Fixture>
{
    public sealed class Fixture : IDisposable
    {
        public PortalFactory Factory { get; } = new();

        public void Dispose() => Factory.Dispose();
    }

    private readonly PortalFactory _factory = fixture.Factory;

    [Fact]
    public async Task ThePortalIsVietnameseByDefaultWhateverTheBrowserPrefers()
    {
        using var browser = _factory.CreateBrowser();
        browser.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en-US,en;q=0.9");

        var html = await browser.GetStringAsync("/");

        Assert.Contains("<html lang=\"vi\">", html);
        Assert.Contains("Tin mới nhất", html);
        Assert.Contains(">English</a>", html);
    }

    [Fact]
    public async Task TheSwitchInTheHeaderGivesEnglishLabelsAndKeepsTheContentInItsLanguage()
    {
        using var browser = _factory.CreateBrowser();

        var switched = await browser.GetAsync("/ngon-ngu/en?returnUrl=" + Uri.EscapeDataString("/chuyen-muc/kinh-te-dau-tu?trang=1"));
        Assert.Equal(HttpStatusCode.Redirect, switched.StatusCode);
        Assert.Equal("/chuyen-muc/kinh-te-dau-tu?trang=1", switched.Headers.Location!.OriginalString);

        var home = Html.Text(await browser.GetStringAsync("/"));
        Assert.Contains("Latest news", home);
        Assert.Contains("Site links", home);
        Assert.Contains("Visits so far: 25.903.", home);
        Assert.Contains("Economy and Investment", home);
        Assert.Contains("<html lang=\"en\">", await browser.GetStringAsync("/"));
        var missing = await browser.GetAsync("/khong-co-trang-nay");
        Assert.Contains("Page not found", Html.Text(await missing.Content.ReadAsStringAsync()));

        await browser.GetAsync("/ngon-ngu/vi?returnUrl=/");
        Assert.Contains("Tin mới nhất", await browser.GetStringAsync("/"));
    }

    [Theory]
    [InlineData("https://evil.example/")]
    [InlineData("//evil.example/")]
    [InlineData("/\\evil.example")]
    [InlineData("javascript:alert(1)")]
    public async Task TheSwitchOnlyReturnsToLocalAddresses(string returnUrl)
    {
        using var browser = _factory.CreateBrowser();

        var response = await browser.GetAsync("/ngon-ngu/en?returnUrl=" + Uri.EscapeDataString(returnUrl));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task AnUnknownLanguageIsNotFound()
    {
        using var browser = _factory.CreateBrowser();
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync("/ngon-ngu/fr")).StatusCode);
    }

    [Fact]
    public async Task TheFooterLinksTheInformationPagesInBothLanguages()
    {
        using var browser = _factory.CreateBrowser();

        var vietnamese = await browser.GetStringAsync("/");
        var contact = Html.Text(await browser.GetStringAsync("/trang/lien-he"));
        await browser.GetAsync("/ngon-ngu/en");
        var english = await browser.GetStringAsync("/");
        var contactEnglish = Html.Text(await browser.GetStringAsync("/trang/lien-he"));
        var organisation = Html.Text(await browser.GetStringAsync("/trang/co-cau-to-chuc"));

        Assert.Contains("<a href=\"/trang/lien-he\">Liên hệ</a>", vietnamese);
        Assert.Contains("<a href=\"/trang/lien-he\">Contact</a>", english);
        Assert.Contains("Ban Biên tập Cổng Thông tin điện tử", contact);
        Assert.Contains("Office hours", contactEnglish);
        Assert.Contains("Department of Home Affairs", organisation);
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync("/trang/khong-co")).StatusCode);
    }

    [Fact]
    public async Task AnAdministratorEditsAnInformationPageInBothLanguages()
    {
        using var admin = await _factory.SignedInAsync(Roles.Administrator);
        var fields = new Dictionary<string, string>
        {
            ["Input.Slug"] = "so-do-trang", ["Input.SortOrder"] = "9", ["Input.TitleVi"] = "Sơ đồ cổng", ["Input.BodyVi"] = "Các mục chính của cổng.",
            ["Input.TitleEn"] = "Site map", ["Input.BodyEn"] = "The main sections of the portal.",
        };

        var created = await admin.SubmitFormAsync("/admin/infopages/edit", fields);
        var duplicate = await admin.SubmitFormAsync("/admin/infopages/edit", fields);
        var halfEnglish = await admin.SubmitFormAsync("/admin/infopages/edit", new(fields) { ["Input.Slug"] = "mot-nua", ["Input.BodyEn"] = "" });

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Contains("Sơ đồ cổng", await _factory.CreateBrowser().GetStringAsync("/trang/so-do-trang"));
        Assert.Contains("Đường dẫn \"so-do-trang\" đã được trang khác dùng.", Html.Text(await duplicate.Content.ReadAsStringAsync()));
        Assert.Contains("Bản tiếng Anh cần cả tiêu đề và nội dung", Html.Text(await halfEnglish.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task OnlyAdministratorsEditInformationPages()
    {
        using var editor = await _factory.SignedInAsync(Roles.Editor);
        Assert.Equal(HttpStatusCode.Forbidden, (await editor.GetAsync("/admin/infopages")).StatusCode);
    }
}
