using System.Net;
using Microsoft.EntityFrameworkCore;
using Portal.Tests.Builders;
using Portal.Web.Accounts;

namespace Portal.Tests.Integration.Outages;

/// <summary>An editor presses Save while the database is away: the text comes back in the form, and saves later.</summary>
public sealed class AnEditorsSaveDuringAnOutageKeepsTheText : IDisposable
{
    private readonly PortalFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task TheFormComesBackWithWhatWasTypedAMessageAndA503AndTheSameFormSavesOnceTheDatabaseIsBack()
    {
        using var editor = await _factory.SignedInAsync(Roles.Editor);
        var categoryId = (await _factory.WithDbAsync(db => db.Categories.OrderBy(c => c.Id).FirstAsync())).Id;
        var form = new ArticleFormBuilder
        {
            Title = "Bài viết gõ trong lúc cơ sở dữ liệu gián đoạn",
            CategoryId = categoryId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Body = "Đoạn văn dài biên tập viên đã gõ cẩn thận.\n\n## Phần hai\n\nKhông được mất chữ nào.",
        }.Build();
        var editPage = await editor.GetAsync("/admin/articles/edit");
        var token = Newsroom.AntiforgeryToken(await editPage.Content.ReadAsStringAsync());
        // Past the sign-in cookie's minute, so the session's own check against the database comes due too.
        _factory.Clock.Advance(TimeSpan.FromMinutes(2));

        _factory.Database.TakeAway();
        HttpResponseMessage refused;
        try
        {
            refused = await editor.PostFormAsync("/admin/articles/edit", form, token, multipart: true);
        }
        finally
        {
            _factory.Database.BringBack();
        }

        Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
        Assert.NotNull(refused.Headers.RetryAfter);
        var html = await refused.Content.ReadAsStringAsync();
        Assert.Contains("Không lưu được vì cơ sở dữ liệu tạm thời không truy cập được; nội dung bạn nhập vẫn còn trên trang", Html.Text(html));
        var kept = NewsroomArticles.FormFields(html);
        foreach (var (field, typed) in form)
        {
            Assert.Equal(typed, kept.GetValueOrDefault(field));
        }
        Assert.Equal(0, await _factory.WithDbAsync(db => db.Articles.CountAsync(a => a.Title == form["Input.Title"])));

        var saved = await editor.PostFormAsync("/admin/articles/edit", kept, Newsroom.AntiforgeryToken(html), multipart: true);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var article = await _factory.WithDbAsync(db => db.Articles.SingleAsync(a => a.Title == form["Input.Title"]));
        Assert.Equal(form["Input.BodyMarkdown"], article.BodyMarkdown);
    }
}
