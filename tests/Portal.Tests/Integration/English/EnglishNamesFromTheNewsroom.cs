using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Portal.Tests.Integration.Caching;
using Portal.Web.Auditing;

namespace Portal.Tests.Integration.English;

/// <summary>Administrators give categories and site links an English name beside the Vietnamese one; readers of English see it at once.</summary>
public sealed class EnglishNamesFromTheNewsroom(AdministratorFixture admin) : IClassFixture<AdministratorFixture>
{
    [Fact]
    public async Task ACategorysEnglishNameReachesTheCachedEnglishHomePage()
    {
        var tag = AdministratorFixture.UniqueTag();
        var category = await admin.AddCategoryAsync($"Nông nghiệp {tag}");
        using var reader = await admin.Factory.EnglishReaderAsync();
        var before = await reader.WarmAsync("/");
        Assert.Contains(EnglishReaders.Marked(category.Name), before);

        var saved = await admin.Browser.SubmitFormAsync(CategoryAdmin.EditUrl(category.Id),
            new(CategoryAdmin.Form(category.Name, category.Slug)) { ["Input.NameEn"] = $"Agriculture {tag}" });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var after = await reader.PageAsync("/");
        Assert.Contains($">Agriculture {tag}</a>", after);
        Assert.DoesNotContain(EnglishReaders.Marked(category.Name), after);
        Assert.Contains($">Nông nghiệp {tag}</a>", await admin.PublicPageAsync("/"));
        var audit = await admin.AuditEntriesAsync(AuditActions.CategoryChanged, category.Name);
        Assert.Contains(audit, e => e.Details.Contains($"tên tiếng Anh:  → Agriculture {tag}", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ACategoryWithoutEnglishIsShownInVietnameseMarkedOnItsPage()
    {
        var category = await admin.AddCategoryAsync($"Thủy sản {AdministratorFixture.UniqueTag()}");
        using var reader = await admin.Factory.EnglishReaderAsync();

        var html = await reader.PageAsync($"/chuyen-muc/{category.Slug}");

        Assert.Contains($"<h1 class=\"section-title\">{EnglishReaders.Marked(category.Name)}</h1>", html);
        Assert.Contains($"<title>{category.Name} - Ba Ria - Vung Tau Provincial Web Portal</title>", html);
    }

    [Fact]
    public async Task ATooLongEnglishNameIsRefusedAndWhatWasTypedIsKept()
    {
        var category = await admin.AddCategoryAsync($"Giao thông {AdministratorFixture.UniqueTag()}");
        var link = await admin.AddLinkAsync($"Liên kết {AdministratorFixture.UniqueTag()}", "https://example.vn/");
        var tooLong = new string('x', 201);

        var categoryAnswer = await admin.Browser.SubmitFormAsync(CategoryAdmin.EditUrl(category.Id),
            new(CategoryAdmin.Form(category.Name, category.Slug)) { ["Input.NameEn"] = tooLong });
        var linkAnswer = await admin.Browser.SubmitFormAsync(SiteLinkAdmin.EditUrl(link.Id),
            new(SiteLinkAdmin.Form(link.Name, link.Url)) { ["Input.NameEn"] = tooLong });

        foreach (var answer in new[] { categoryAnswer, linkAnswer })
        {
            Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
            var html = await answer.Content.ReadAsStringAsync();
            Assert.Contains("Tên tiếng Anh tối đa 200 ký tự.", Html.Text(html));
            Assert.Equal(tooLong, AdministratorFixture.InputValue(html, "Input.NameEn"));
        }
        Assert.Equal("", (await admin.Factory.WithDbAsync(db => db.Categories.SingleAsync(c => c.Id == category.Id))).NameEn);
        Assert.Equal("", (await admin.Factory.WithDbAsync(db => db.SiteLinks.SingleAsync(l => l.Id == link.Id))).NameEn);
    }

    [Fact]
    public async Task MarkupInASiteLinksEnglishNameIsTextAndTheNameIsStoredInNfc()
    {
        var link = await admin.AddLinkAsync($"Báo điện tử {AdministratorFixture.UniqueTag()}", "https://baodientu.example.vn/");
        var typed = "<script>alert(1)</script> Vie\u0302\u0323t News"; // "Việt" typed decomposed

        var saved = await admin.Browser.SubmitFormAsync(SiteLinkAdmin.EditUrl(link.Id), new(SiteLinkAdmin.Form(link.Name, link.Url)) { ["Input.NameEn"] = typed });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var stored = await admin.Factory.WithDbAsync(db => db.SiteLinks.SingleAsync(l => l.Id == link.Id));
        Assert.Equal(typed.Normalize(NormalizationForm.FormC), stored.NameEn);
        Assert.True(stored.NameEn.IsNormalized(NormalizationForm.FormC));
        using var reader = await admin.Factory.EnglishReaderAsync();
        var html = await reader.PageAsync("/");
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt; Việt News", html);
        Assert.DoesNotContain("<script>alert(1)</script>", html);
        Assert.Contains(await admin.AuditEntriesAsync(AuditActions.SiteLinkChanged, link.Name), e => e.Details.Contains("tên tiếng Anh", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TheFormsShowTheEnglishNameBesideTheVietnameseOne()
    {
        var category = await admin.AddCategoryAsync($"Môi trường {AdministratorFixture.UniqueTag()}");
        await admin.Browser.SubmitFormAsync(CategoryAdmin.EditUrl(category.Id), new(CategoryAdmin.Form(category.Name, category.Slug)) { ["Input.NameEn"] = "Environment" });

        var html = await admin.AdminPageAsync(CategoryAdmin.EditUrl(category.Id));

        Assert.Equal("Environment", AdministratorFixture.InputValue(html, "Input.NameEn"));
        Assert.Contains("Tên tiếng Anh (không bắt buộc)", html);
        Assert.Contains("<label for=\"Input_NameEn\">", html);
    }
}
