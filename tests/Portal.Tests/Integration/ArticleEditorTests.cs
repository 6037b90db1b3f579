using System.Net;
using Microsoft.EntityFrameworkCore;
using Portal.Tests.Builders;
using Portal.Web.Accounts;

namespace Portal.Tests.Integration;

/// <summary>The editor's form: what it refuses, always with a Vietnamese message and everything typed kept.</summary>
public sealed class ArticleEditorTests(ArticleEditorTests.Fixture fixture) : IClassFixture<ArticleEditorTests.Fixture>
{
    public sealed class Fixture : IAsyncLifetime
    {
        public PortalFactory Factory { get; } = new();
        public HttpClient Editor { get; private set; } = null!;

        public async Task InitializeAsync() => Editor = await Factory.SignedInAsync(Roles.Editor);

        public Task DisposeAsync()
        {
            Editor.Dispose();
            Factory.Dispose();
            return Task.CompletedTask;
        }
    }

    private readonly PortalFactory _factory = fixture.Factory;
    private readonly HttpClient _editor = fixture.Editor;

    public static TheoryData<string, string, string> BadForms => new()
    {
        { "Input.Title", "", "Xin nhập tiêu đề." },
        { "Input.Title", new string('Â', 300), "Tiêu đề tối đa 250 ký tự" },
        { "Input.Slug", "Hoi Nghi", "Đường dẫn chỉ gồm chữ thường không dấu" },
        { "Input.Slug", "hội-nghị", "Đường dẫn chỉ gồm chữ thường không dấu" },
        { "Input.Slug", "../../etc", "Đường dẫn chỉ gồm chữ thường không dấu" },
        { "Input.Slug", new string('a', 130), "Đường dẫn tối đa 120 ký tự" },
        { "Input.CategoryId", "999999", "Chuyên mục đã chọn không tồn tại." },
        { "Input.CategoryId", "abc", "Giá trị 'abc' không hợp lệ" },
        { "Input.CategoryId", "", "Xin chọn chuyên mục." },
        { "Input.Summary", new string('x', 1001), "Tóm tắt tối đa 1000 ký tự." },
        { "Input.Author", new string('y', 201), "Tên tác giả tối đa 200 ký tự." },
        { "Input.BodyMarkdown", new string('đ', 2 * 1024 * 1024), "Nội dung quá dài" },
    };

    [Theory]
    [MemberData(nameof(BadForms))]
    public async Task ABadFieldIsRefusedWithAMessageAndTheFormKeepsWhatWasTyped(string field, string value, string message)
    {
        var form = new ArticleFormBuilder { Title = "Tiêu đề gõ dở của biên tập viên" }.Build();
        form[field] = value;
        var before = await _factory.WithDbAsync(db => db.Articles.CountAsync());

        var response = await _editor.SubmitFormAsync("/admin/articles/edit", form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains(message, Html.Text(html));
        var kept = NewsroomArticles.FormFields(html);
        foreach (var typed in form.Where(f => f.Key != field))
        {
            Assert.Equal(typed.Value, kept[typed.Key]);
        }
        Assert.Equal(before, await _factory.WithDbAsync(db => db.Articles.CountAsync()));
    }

    [Fact]
    public async Task ASlugTakenByAnotherArticleIsRefused()
    {
        var taken = await _factory.WithDbAsync(db => db.Articles.Select(a => a.Slug).FirstAsync());

        var response = await _editor.SubmitFormAsync("/admin/articles/edit", new ArticleFormBuilder { Slug = taken }.Build());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains($"Đường dẫn \"{taken}\" đã được bài khác dùng", Html.Text(await response.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task TwoArticlesWithTheSameTitleGetDistinctSlugs()
    {
        var form = new ArticleFormBuilder { Title = "Thông báo lịch tiếp công dân tháng 12" };

        var first = await _editor.WriteAsync(form);
        var second = await _editor.WriteAsync(form);

        Assert.Equal("thong-bao-lich-tiep-cong-dan-thang-12", (await _factory.ArticleAsync(first)).Slug);
        Assert.Equal("thong-bao-lich-tiep-cong-dan-thang-12-2", (await _factory.ArticleAsync(second)).Slug);
    }

    [Fact]
    public async Task ThePreviewRendersTheMarkdownWithoutSavingAndWithoutJavaScript()
    {
        var before = await _factory.WithDbAsync(db => db.Articles.CountAsync());
        var form = new ArticleFormBuilder { Body = "## Kết quả diễn tập\n\n**1.200** hộ dân được sơ tán.\n\n<script>alert(1)</script>" };

        var response = await _editor.SubmitFormAsync("/admin/articles/edit", form.Build(), "Preview");

        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<h2 id=\"ket-qua-dien-tap\">Kết quả diễn tập</h2>", html.Replace("<h2>", "<h2 id=\"ket-qua-dien-tap\">", StringComparison.Ordinal));
        Assert.Contains("<strong>1.200</strong>", html);
        Assert.DoesNotContain("<script>alert(1)</script>", html);
        Assert.Equal(form.Body, NewsroomArticles.FormFields(html)["Input.BodyMarkdown"]);
        Assert.Equal(before, await _factory.WithDbAsync(db => db.Articles.CountAsync()));
    }

    [Fact]
    public async Task ASecondEditorsSaveOnAStaleVersionIsRefusedShowsTheOtherChangesAndKeepsTheirText()
    {
        using var other = await _factory.SignedInAsync(Roles.Editor);
        var id = await _editor.WriteAsync(new ArticleFormBuilder { Body = "Đoạn một.\n\nĐoạn hai." });
        var mine = await _editor.GetStringAsync($"/admin/articles/edit/{id}");

        var theirs = await other.EditAsync(id, f => f["Input.BodyMarkdown"] = "Đoạn một.\n\nĐoạn hai đã được người kia sửa.");
        Assert.Equal(HttpStatusCode.Redirect, theirs.StatusCode);

        var myFields = NewsroomArticles.FormFields(mine);
        myFields["Input.BodyMarkdown"] = "Đoạn một, bản của tôi.\n\nĐoạn hai.";
        var refused = await _editor.PostFormAsync($"/admin/articles/edit/{id}", myFields, Newsroom.AntiforgeryToken(mine), multipart: true);

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var html = await refused.Content.ReadAsStringAsync();
        var text = Html.Text(html);
        Assert.Contains("đã lưu bài này lúc", text);
        Assert.Contains("- Đoạn hai.", text);
        Assert.Contains("+ Đoạn hai đã được người kia sửa.", text);
        Assert.Equal("Đoạn một, bản của tôi.\n\nĐoạn hai.", NewsroomArticles.FormFields(html)["Input.BodyMarkdown"]);
        Assert.Equal("Đoạn một.\n\nĐoạn hai đã được người kia sửa.", (await _factory.ArticleAsync(id)).BodyMarkdown);

        // Having seen the other changes, a second save is a deliberate choice, and goes through.
        var again = await _editor.PostFormAsync($"/admin/articles/edit/{id}", NewsroomArticles.FormFields(html), Newsroom.AntiforgeryToken(html), multipart: true);
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Equal("Đoạn một, bản của tôi.\n\nĐoạn hai.", (await _factory.ArticleAsync(id)).BodyMarkdown);
    }

    [Fact]
    public async Task EditingAnArticleThatDoesNotExistIsNotFound()
    {
        Assert.Equal(HttpStatusCode.NotFound, (await _editor.GetAsync("/admin/articles/edit/999999")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _editor.GetAsync("/admin/articles/history/999999")).StatusCode);
    }

    [Fact]
    public async Task TheListFiltersByStateCategoryAndText()
    {
        var title = "Bài lọc thử nghiệm về cảng Cái Mép";
        await _editor.WriteAsync(new ArticleFormBuilder { Title = title }, submit: true);

        var submitted = Html.Text(await _editor.GetStringAsync("/admin/articles?state=submitted"));
        var byText = Html.Text(await _editor.GetStringAsync("/admin/articles?q=" + Uri.EscapeDataString("cảng Cái Mép")));
        var published = Html.Text(await _editor.GetStringAsync("/admin/articles?state=published"));
        var nonsense = await _editor.GetAsync("/admin/articles?state=%27%3B--&category=abc&page=-4&q=%25_%5C");

        Assert.Contains(title, submitted);
        Assert.Contains(title, byText);
        Assert.DoesNotContain(title, published);
        Assert.Equal(HttpStatusCode.OK, nonsense.StatusCode);
    }
}
