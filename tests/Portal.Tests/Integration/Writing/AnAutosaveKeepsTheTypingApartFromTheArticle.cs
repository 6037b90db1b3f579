using System.Net;
using Microsoft.EntityFrameworkCore;
using Portal.Tests.Builders;
using Portal.Web.Accounts;

namespace Portal.Tests.Integration.Writing;

/// <summary>
/// What the editor types is kept every few seconds for that editor alone: never the article, its version or its
/// history; offered back on the next visit, and gone with a real save.
/// </summary>
public sealed class AnAutosaveKeepsTheTypingApartFromTheArticle(ArticleEditorTests.Fixture fixture) : IClassFixture<ArticleEditorTests.Fixture>
{
    private readonly PortalFactory _factory = fixture.Factory;
    private readonly HttpClient _editor = fixture.Editor;

    [Fact]
    public async Task AnAutosaveNeverChangesTheArticleAndIsOfferedBackToItsEditorAlone()
    {
        var id = await _editor.WriteAsync(new ArticleFormBuilder { Body = "Đoạn đã lưu." });
        var saved = await _factory.ArticleAsync(id);
        var revisions = await _factory.WithDbAsync(db => db.ArticleRevisions.CountAsync(r => r.ArticleId == id));
        _factory.Clock.Advance(TimeSpan.FromMinutes(2));

        var response = await _editor.AutosaveAsync(id, new ArticleFormBuilder { Body = "Đoạn đã lưu.\n\nĐoạn gõ dở chưa lưu", Version = saved.Version.ToString() });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("savedAt", await response.Content.ReadAsStringAsync());
        var after = await _factory.ArticleAsync(id);
        Assert.Equal(saved.Version, after.Version);
        Assert.Equal("Đoạn đã lưu.", after.BodyMarkdown);
        Assert.Equal(revisions, await _factory.WithDbAsync(db => db.ArticleRevisions.CountAsync(r => r.ArticleId == id)));

        var page = await _editor.GetStringAsync($"/admin/articles/edit/{id}");
        Assert.Contains("chưa được lưu chính thức", Html.Text(page));
        Assert.Contains("href=\"?restore=true\"", page);
        Assert.Contains("action=\"?handler=DiscardAutosave\"", page);
        var restored = await _editor.GetStringAsync($"/admin/articles/edit/{id}?restore=true");
        Assert.Equal("Đoạn đã lưu.\n\nĐoạn gõ dở chưa lưu", NewsroomArticles.FormFields(restored)["Input.BodyMarkdown"]);
        Assert.Equal("Đoạn đã lưu.", (await _factory.ArticleAsync(id)).BodyMarkdown);

        using var other = await _factory.SignedInAsync(Roles.Editor);
        Assert.DoesNotContain("tự động lưu lúc", Html.Text(await other.GetStringAsync($"/admin/articles/edit/{id}")));
        var othersRestore = await other.GetStringAsync($"/admin/articles/edit/{id}?restore=true");
        Assert.Equal("Đoạn đã lưu.", NewsroomArticles.FormFields(othersRestore)["Input.BodyMarkdown"]);
    }

    [Fact]
    public async Task ARealSaveDeletesTheAutosave()
    {
        var id = await _editor.WriteAsync(new ArticleFormBuilder { Body = "Bản đầu." });
        _factory.Clock.Advance(TimeSpan.FromMinutes(2));
        Assert.Equal(HttpStatusCode.OK, (await _editor.AutosaveAsync(id, new ArticleFormBuilder { Body = "Bản gõ dở" })).StatusCode);
        Assert.Equal(1, await _factory.WithDbAsync(db => db.ArticleAutosaves.CountAsync(a => a.ArticleId == id)));

        var saved = await _editor.EditAsync(id, f => f["Input.BodyMarkdown"] = "Bản gõ dở, nay đã lưu.");

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(0, await _factory.WithDbAsync(db => db.ArticleAutosaves.CountAsync(a => a.ArticleId == id)));
        Assert.DoesNotContain("tự động lưu lúc", Html.Text(await _editor.GetStringAsync($"/admin/articles/edit/{id}")));
    }

    [Fact]
    public async Task ANewArticlesAutosaveIsOfferedOnTheNewArticlePageThenGoesWithTheFirstSave()
    {
        using var editor = await _factory.SignedInAsync(Roles.Editor);
        var form = new ArticleFormBuilder { Title = "Bài mới gõ dở khi đóng thẻ", Body = "Câu viết dở giữa chừng" };
        Assert.Equal(HttpStatusCode.OK, (await editor.AutosaveAsync(null, form)).StatusCode);

        var page = await editor.GetStringAsync("/admin/articles/edit");
        Assert.Contains("chưa được lưu chính thức", Html.Text(page));
        // The banner's own link, followed as a browser follows it.
        var link = System.Net.WebUtility.HtmlDecode(System.Text.RegularExpressions.Regex.Match(page, "<a class=\"button\" href=\"([^\"]*)\">Khôi phục bản tự động lưu</a>").Groups[1].Value);
        Assert.Equal("?restore=true", link);
        var restored = NewsroomArticles.FormFields(await editor.GetStringAsync("/admin/articles/edit" + link));
        Assert.Equal("Câu viết dở giữa chừng", restored["Input.BodyMarkdown"]);
        Assert.Equal("Bài mới gõ dở khi đóng thẻ", restored["Input.Title"]);

        await editor.WriteAsync(form);
        Assert.DoesNotContain("tự động lưu lúc", Html.Text(await editor.GetStringAsync("/admin/articles/edit")));
    }

    [Fact]
    public async Task DroppingTheAutosaveForgetsIt()
    {
        using var editor = await _factory.SignedInAsync(Roles.Editor);
        Assert.Equal(HttpStatusCode.OK, (await editor.AutosaveAsync(null, new ArticleFormBuilder { Body = "Sẽ bỏ bản này" })).StatusCode);

        var dropped = await editor.CallAsync(null, "DiscardAutosave", []);

        Assert.Equal(HttpStatusCode.Redirect, dropped.StatusCode);
        Assert.DoesNotContain("tự động lưu lúc", Html.Text(await editor.GetStringAsync("/admin/articles/edit")));
    }
}
