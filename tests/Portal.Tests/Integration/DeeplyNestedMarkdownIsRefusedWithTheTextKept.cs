using System.Net;
using Microsoft.EntityFrameworkCore;
using Portal.Tests.Builders;
using Portal.Web.Articles;

namespace Portal.Tests.Integration;

/// <summary>
/// Markdown nested past what the renderer takes (quotes, lists, emphasis, links, tables, within one another) gets a
/// message beside the body, in the preview and on saving, with the text kept: never a server error, never lost work.
/// </summary>
public sealed class DeeplyNestedMarkdownIsRefusedWithTheTextKept(AdministratorFixture admin) : IClassFixture<AdministratorFixture>
{
    private static string Repeat(string text, int count) => string.Concat(Enumerable.Repeat(text, count));

    /// <summary>Each kind of nesting: past Markdig's own limit (its exception was a 500), and past the portal's.</summary>
    public static TheoryData<string, string> TooDeep => new()
    {
        { "quotes ×200", $"{new string('>', 200)} trích dẫn" },
        { "quotes ×40", $"{Repeat("> ", 40)}trích dẫn" },
        { "nested list items ×300", string.Join("\n", Enumerable.Range(0, 300).Select(i => $"{new string(' ', i * 2)}- mục {i}")) },
        { "numbered list items ×100", string.Join("\n", Enumerable.Range(0, 100).Select(i => $"{new string(' ', i * 3)}1. mục {i}")) },
        { "emphasis ×300", $"{new string('*', 300)}chữ đậm{new string('*', 300)}" },
        { "emphasis and strike-through mixed ×40", $"{Repeat("*a _b ~~c ", 14)}chữ{Repeat(" c~~ b_ a*", 14)}" },
        { "images within link text ×200", $"{Repeat("![", 200)}ảnh{Repeat("](https://portal.test/a.png)", 200)}" },
        { "quotes and lists ×100", $"{Repeat("> - ", 100)}mục" },
        { "a table inside quotes ×100", $"{new string('>', 100)} a | b\n{new string('>', 100)} --|--\n{new string('>', 100)} c | d" },
    };

    /// <summary>Long but flat, or nested as real articles are: shown, never refused.</summary>
    public static TheoryData<string, string> NotTooDeep => new()
    {
        { "raw <div> ×1000, shown as text", $"{Repeat("<div>", 1000)}khối{Repeat("</div>", 1000)}" },
        { "brackets ×1000", $"{new string('[', 1000)}ngoặc{new string(']', 1000)}" },
        { "quotes ×8 and lists ×6", $"{Repeat("> ", 8)}trích dẫn\n\n{string.Join("\n", Enumerable.Range(0, 6).Select(i => $"{new string(' ', i * 2)}- mục {i}"))}" },
    };

    [Theory]
    [MemberData(nameof(TooDeep))]
    public async Task ThePreviewRefusesItBesideTheBodyAndKeepsTheText(string kind, string markdown)
    {
        var response = await admin.Browser.SubmitFormAsync("/admin/articles/edit", Form(kind, markdown), "Preview");

        await AssertRefusedWithTheTextKeptAsync(response, "Input.BodyMarkdown", markdown);
    }

    [Theory]
    [MemberData(nameof(TooDeep))]
    public async Task SavingRefusesItBesideTheBodyKeepsTheTextAndStoresNothing(string kind, string markdown)
    {
        var before = await admin.Factory.WithDbAsync(db => db.Articles.CountAsync());

        var response = await admin.Browser.SubmitFormAsync("/admin/articles/edit", Form(kind, markdown));

        await AssertRefusedWithTheTextKeptAsync(response, "Input.BodyMarkdown", markdown);
        Assert.Equal(before, await admin.Factory.WithDbAsync(db => db.Articles.CountAsync()));
    }

    [Theory]
    [MemberData(nameof(NotTooDeep))]
    public async Task FlatOrModestlyNestedTextIsSaved(string kind, string markdown)
    {
        var preview = await admin.Browser.SubmitFormAsync("/admin/articles/edit", Form(kind, markdown), "Preview");
        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        Assert.Null(MediaLibrary.FieldError(await preview.Content.ReadAsStringAsync(), "Input.BodyMarkdown"));

        var id = await admin.Browser.WriteAsync(new ArticleFormBuilder { Title = kind, Body = markdown });

        Assert.NotEmpty((await admin.Factory.ArticleAsync(id)).BodyHtml);
    }

    [Theory]
    [InlineData("Input.BodyVi")]
    [InlineData("Input.BodyEn")]
    public async Task AnInformationPageRefusesItBesideTheBodyAndKeepsTheText(string field)
    {
        var markdown = $"{new string('>', 200)} trích dẫn";
        var form = new Dictionary<string, string>
        {
            ["Input.Slug"] = $"trang-long-nhau-{AdministratorFixture.UniqueTag()}",
            ["Input.SortOrder"] = "9",
            ["Input.TitleVi"] = "Trang lồng nhau",
            ["Input.BodyVi"] = "Nội dung.",
            ["Input.TitleEn"] = "Nested page",
            ["Input.BodyEn"] = "Content.",
        };
        form[field] = markdown;

        var response = await admin.Browser.SubmitFormAsync("/admin/infopages/edit", form);

        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(MarkdownRenderer.TooDeeplyNested, MediaLibrary.FieldError(html, field));
        Assert.Equal(markdown, NewsroomArticles.FormFields(html)[field]);
        Assert.False(await admin.Factory.WithDbAsync(db => db.InfoPages.AnyAsync(p => p.Slug == form["Input.Slug"])));
    }

    private static Dictionary<string, string> Form(string kind, string markdown) =>
        new ArticleFormBuilder { Title = $"Bài lồng nhau: {kind}", Body = markdown }.Build();

    private static async Task AssertRefusedWithTheTextKeptAsync(HttpResponseMessage response, string field, string markdown)
    {
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(MarkdownRenderer.TooDeeplyNested, MediaLibrary.FieldError(html, field));
        Assert.Equal(markdown, NewsroomArticles.FormFields(html)[field]);
    }
}
