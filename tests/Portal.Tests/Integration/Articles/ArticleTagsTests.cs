using System.Net;
using Microsoft.EntityFrameworkCore;
using Portal.Tests.Builders;

namespace Portal.Tests.Integration.Articles;

/// <summary>Free Vietnamese tags: cleaned and folded for their addresses, shown on the article, a page per tag of its visible articles.</summary>
public sealed class ArticleTagsTests(EditorAndApprover fixture) : IClassFixture<EditorAndApprover>
{
    private readonly PortalFactory _factory = fixture.Factory;
    private readonly HttpClient _editor = fixture.Editor;
    private readonly HttpClient _approver = fixture.Approver;

    [Fact]
    public async Task TagsAreTrimmedAndTheSameNameTwiceIsKeptOnceWhileAnotherAccentIsAnotherTag()
    {
        var id = await WriteAsync("Dân vận khéo 2026", "  Dân   vận , dân vận,Nông thôn mới,, DÂN VẬN, Dán vận ", publish: false);

        Assert.Equal("Dân vận, Nông thôn mới, Dán vận", (await _factory.ArticleAsync(id)).Tags);
        var slugs = await _factory.WithDbAsync(db => db.Tags.Where(t => db.ArticleTags.Any(a => a.ArticleId == id && a.TagId == t.Id)).Select(t => t.Slug).ToListAsync());
        Assert.Equal(["dan-van", "dan-van-2", "nong-thon-moi"], slugs.Order(StringComparer.Ordinal));
        var form = NewsroomArticles.FormFields(await _editor.GetStringAsync($"/admin/articles/edit/{id}"));
        Assert.Equal("Dân vận, Nông thôn mới, Dán vận", form["Input.Tags"]);
    }

    [Fact]
    public async Task TheTagPageListsOnlyTheTagsVisibleArticlesNewestFirst()
    {
        var published = await WriteAsync("Hội nghị biển đảo lần thứ nhất", "Biển đảo quê hương", publish: true);
        var draft = await WriteAsync("Bản nháp về biển đảo", "Biển đảo quê hương", publish: false);
        using var citizen = _factory.CreateBrowser();

        var article = await citizen.GetStringAsync($"/bai-viet/{published}/{(await _factory.ArticleAsync(published)).Slug}");
        Assert.Contains("href=\"/the/bien-dao-que-huong\"", article);

        var response = await citizen.GetAsync("/the/bien-dao-que-huong");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Thẻ: Biển đảo quê hương", Html.Text(html));
        Assert.Contains("Hội nghị biển đảo lần thứ nhất", html);
        Assert.DoesNotContain("Bản nháp về biển đảo", html);
        Assert.Matches("<link rel=\"canonical\" href=\"[^\"]*/the/bien-dao-que-huong\">", html);
        Assert.NotEqual(0, draft);
    }

    [Theory]
    [InlineData("/the/khong-co-the-nay")]
    [InlineData("/the/bien-dao-que-huong?trang=99")]
    [InlineData("/the/%3Cscript%3E")]
    public async Task AnUnknownTagOrPageIsNotFound(string address)
    {
        using var citizen = _factory.CreateBrowser();

        Assert.Equal(HttpStatusCode.NotFound, (await citizen.GetAsync(address)).StatusCode);
    }

    public static TheoryData<string, string> BadTags => new()
    {
        { new string('Ấ', 60), "dài quá 50 ký tự" },
        { string.Join(", ", Enumerable.Range(1, 1000).Select(i => $"thẻ {i}")), "Một bài có tối đa 20 thẻ (hiện có 1000)." },
        { "Dân vận, !!!", "cần có ít nhất một chữ cái hoặc chữ số" },
    };

    [Theory]
    [MemberData(nameof(BadTags))]
    public async Task BadTagsAreRefusedWithAMessageAndKeepWhatWasTyped(string tags, string message)
    {
        var form = new ArticleFormBuilder { Title = "Bài có thẻ không hợp lệ" }.Build();
        form["Input.Tags"] = tags;

        var response = await _editor.SubmitFormAsync("/admin/articles/edit", form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains(message, Html.Text(html));
        Assert.Equal(tags, NewsroomArticles.FormFields(html)["Input.Tags"]);
        Assert.Equal("Bài có thẻ không hợp lệ", NewsroomArticles.FormFields(html)["Input.Title"]);
    }

    [Fact]
    public async Task MarkupInATagIsShownAsText()
    {
        var id = await WriteAsync("Bài có thẻ lạ", "<script>alert(1)</script> Cảnh giác", publish: true);
        using var citizen = _factory.CreateBrowser();

        var html = await citizen.GetStringAsync($"/bai-viet/{id}/{(await _factory.ArticleAsync(id)).Slug}");

        Assert.DoesNotContain("<script>alert(1)</script>", html);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt; Cảnh giác", html);
        Assert.Equal(HttpStatusCode.OK, (await citizen.GetAsync("/the/script-alert-1-script-canh-giac")).StatusCode);
    }

    [Fact]
    public async Task EditorsAddingOneNewTagAtTheSameInstantAllSaveAndShareIt()
    {
        var tag = $"Thẻ mới cùng lúc {Guid.NewGuid().ToString("N")[..8]}";

        var ids = await Task.WhenAll(Enumerable.Range(1, 6).Select(i => WriteAsync($"Bài cùng lúc số {i}", tag, publish: false)));

        var key = Portal.Web.Articles.Tags.TagList.Key(tag);
        var tagIds = await _factory.WithDbAsync(db => db.Tags.Where(t => t.NameKey == key).Select(t => t.Id).ToListAsync());
        var tagId = Assert.Single(tagIds);
        var tagged = await _factory.WithDbAsync(db => db.ArticleTags.Where(a => a.TagId == tagId).Select(a => a.ArticleId).ToListAsync());
        Assert.Equal(ids.Order(), tagged.Order());
    }

    private async Task<int> WriteAsync(string title, string tags, bool publish)
    {
        var form = new ArticleFormBuilder { Title = title }.Build();
        form["Input.Tags"] = tags;
        var response = await _editor.SubmitFormAsync("/admin/articles/edit", form, "Submit");
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, Html.Text(await response.Content.ReadAsStringAsync()));
        var id = int.Parse(response.Headers.Location!.OriginalString.Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture);
        if (publish)
        {
            Assert.Equal(HttpStatusCode.Redirect, (await _approver.ReviewAsync(id, "Publish")).StatusCode);
        }
        return id;
    }
}
