using System.Net;

namespace Portal.Tests.Integration.English;

/// <summary>An information page without an English version is shown to English readers in Vietnamese, said so, never silently.</summary>
public sealed class InformationPagesWithoutEnglish(AdministratorFixture admin) : IClassFixture<AdministratorFixture>
{
    [Fact]
    public async Task TheEnglishReaderIsToldThePageAndItsFooterTitleAreInVietnamese()
    {
        var slug = $"thu-tuc-{AdministratorFixture.UniqueTag()}";
        var created = await admin.Browser.SubmitFormAsync("/admin/infopages/edit", new()
        {
            ["Input.Slug"] = slug, ["Input.SortOrder"] = "20", ["Input.TitleVi"] = "Thủ tục hành chính", ["Input.BodyVi"] = "Danh mục thủ tục hành chính của tỉnh.",
            ["Input.TitleEn"] = "", ["Input.BodyEn"] = "",
        });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        using var reader = await admin.Factory.EnglishReaderAsync();

        var page = await reader.PageAsync($"/trang/{slug}");
        var home = await reader.PageAsync("/");
        var vietnamese = await admin.PublicPageAsync($"/trang/{slug}");

        Assert.Contains($"<h1 class=\"article-title\">{EnglishReaders.Marked("Thủ tục hành chính")}</h1>", page);
        Assert.Contains("<p class=\"fallback-note\">This part has no English version yet; the Vietnamese text follows.</p><div lang=\"vi\"><p>Danh mục thủ tục hành chính của tỉnh.</p>", page);
        Assert.Contains($"<a href=\"/trang/{slug}\">{EnglishReaders.Marked("Thủ tục hành chính")}</a>", home);
        Assert.Contains("<h1 class=\"article-title\">Thủ tục hành chính</h1>", vietnamese);
        Assert.DoesNotContain(EnglishReaders.FallbackNote, vietnamese);
        Assert.DoesNotContain("fallback-note", vietnamese);
    }

    [Fact]
    public async Task APageWithAnEnglishVersionIsEnglishThrough()
    {
        using var reader = await admin.Factory.EnglishReaderAsync();

        var html = await reader.PageAsync("/trang/lien-he");

        Assert.Contains("<article class=\"article info-page\" lang=\"en\">", html);
        Assert.DoesNotContain("fallback-note", html.Split("<main")[1].Split("</main>")[0]);
    }
}
