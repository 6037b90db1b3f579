using System.Net;
using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using Portal.Tests.Builders;

namespace Portal.Tests.Integration;

public sealed class PhotosInTheArticleEditor(AdministratorFixture admin) : IClassFixture<AdministratorFixture>
{
    private const string NewArticleUrl = "/admin/articles/edit";

    [Fact]
    public async Task ACoverChosenFromTheLibraryIsSavedAndCountsAsAUse()
    {
        var photo = await admin.Factory.AddPhotoAsync($"Hội trường {AdministratorFixture.UniqueTag()}", width: 400, height: 300);

        var id = await admin.Browser.WriteAsync(new ArticleFormBuilder().With(f => f.CoverPhotoId = photo.Id));

        Assert.Equal(photo.Id, (await admin.Factory.ArticleAsync(id)).CoverPhotoId);
        var use = Assert.Single(await admin.Factory.UsesAsync(id));
        Assert.Equal((photo.Id, true), (use.PhotoId, use.IsCover));
        var editor = new HtmlParser().ParseDocument(await admin.AdminPageAsync($"/admin/articles/edit/{id}"));
        Assert.Equal(photo.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            editor.QuerySelector("select[name='Input.CoverPhotoId'] option[selected]")!.GetAttribute("value"));
    }

    [Fact]
    public async Task ACoverUploadedWithAnInvalidArticleIsKeptInTheLibraryAndChosen()
    {
        var tag = AdministratorFixture.UniqueTag();
        var fields = new ArticleFormBuilder().With(f => f.Title = "").Build();
        foreach (var (name, value) in MediaLibrary.Words($"Nông dân thu hoạch lúa {tag}", "Vụ mùa bội thu", "Quốc Bảo", prefix: "Input.NewPhoto"))
        {
            fields[name] = value;
        }

        var response = await admin.Browser.PostWithFileAsync(NewArticleUrl, fields, "Input.NewPhoto.File", TestImages.Jpeg(900, 600));

        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Xin nhập tiêu đề.", MediaLibrary.FieldError(html, "Input.Title"));
        var photo = await admin.Factory.WithDbAsync(db => db.Photos.SingleAsync(p => p.AltText == $"Nông dân thu hoạch lúa {tag}"));
        Assert.Equal(("Vụ mùa bội thu", "Quốc Bảo"), (photo.Caption, photo.Credit));
        var form = NewsroomArticles.FormFields(html);
        Assert.Equal(photo.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), form["Input.CoverPhotoId"]);
        Assert.Equal("", form["Input.NewPhoto.AltText"]);
        Assert.Contains($"Đã tải ảnh lên thư viện (ảnh số {photo.Id}) và chọn làm ảnh bìa.", Html.Text(html));

        form["Input.Title"] = $"Vụ mùa {tag}";
        var saved = await admin.Browser.PostFormAsync(NewArticleUrl, form, Newsroom.AntiforgeryToken(html), multipart: true);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var article = await admin.Factory.WithDbAsync(db => db.Articles.SingleAsync(a => a.Title == $"Vụ mùa {tag}"));
        Assert.Equal(photo.Id, article.CoverPhotoId);
    }

    [Fact]
    public async Task ARefusedCoverUploadSavesNothingAndKeepsTheArticleAsTyped()
    {
        var tag = AdministratorFixture.UniqueTag();
        var fields = new ArticleFormBuilder().With(f => f.Title = $"Bài giữ nguyên {tag}").Build();
        foreach (var (name, value) in MediaLibrary.Words("", "Chú thích", "", prefix: "Input.NewPhoto"))
        {
            fields[name] = value;
        }
        var photos = await admin.Factory.PhotoCountAsync();

        var response = await admin.Browser.PostWithFileAsync(NewArticleUrl, fields, "Input.NewPhoto.File", "<html></html>"u8.ToArray());

        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Tệp không phải ảnh JPEG, PNG hay WebP.", MediaLibrary.FieldError(html, "Input.NewPhoto.File"));
        Assert.Equal($"Bài giữ nguyên {tag}", AdministratorFixture.InputValue(html, "Input.Title"));
        Assert.Equal("Chú thích", AdministratorFixture.InputValue(html, "Input.NewPhoto.Caption"));
        Assert.Equal(photos, await admin.Factory.PhotoCountAsync());
        Assert.False(await admin.Factory.WithDbAsync(db => db.Articles.AnyAsync(a => a.Title == $"Bài giữ nguyên {tag}")));
    }

    [Fact]
    public async Task ABodyImageOfTheLibraryBecomesAFigureWithCaptionAndCredit()
    {
        var photo = await admin.Factory.AddPhotoAsync($"Toàn cảnh kỳ họp {AdministratorFixture.UniqueTag()}", "Kỳ họp thứ 12 HĐND tỉnh", "Ngọc Hân", 1400, 900);

        var id = await admin.Browser.WriteAsync(new ArticleFormBuilder().With(f =>
            f.Body = $"Sáng nay, kỳ họp khai mạc.\n\n{MediaLibrary.Markdown(photo.Id, "Đại biểu dự kỳ họp")}\n\nCác đại biểu thảo luận."));

        var body = new HtmlParser().ParseDocument((await admin.Factory.ArticleAsync(id)).BodyHtml);
        var figure = Assert.Single(body.QuerySelectorAll("figure.article-photo"));
        var img = figure.QuerySelector("picture img")!;
        Assert.Equal("Đại biểu dự kỳ họp", img.GetAttribute("alt"));
        Assert.Equal(("1400", "900", "lazy"), (img.GetAttribute("width"), img.GetAttribute("height"), img.GetAttribute("loading")));
        Assert.Contains("640w", img.GetAttribute("srcset"));
        Assert.Equal("image/webp", figure.QuerySelector("picture source")!.GetAttribute("type"));
        Assert.Equal("Kỳ họp thứ 12 HĐND tỉnh Ảnh: Ngọc Hân", figure.QuerySelector("figcaption")!.TextContent);
        Assert.Empty(body.QuerySelectorAll("p > figure, img[src^='/anh/" + photo.Id + "']"));
        var use = Assert.Single(await admin.Factory.UsesAsync(id));
        Assert.Equal((photo.Id, false), (use.PhotoId, use.IsCover));
    }

    [Fact]
    public async Task ABodyImageWithoutItsOwnWordsTakesTheLibrarysAlternativeText()
    {
        var photo = await admin.Factory.AddPhotoAsync($"Người dân làm thủ tục {AdministratorFixture.UniqueTag()}", width: 400, height: 300);

        var id = await admin.Browser.WriteAsync(new ArticleFormBuilder().With(f => f.Body = MediaLibrary.Markdown(photo.Id)));

        var img = new HtmlParser().ParseDocument((await admin.Factory.ArticleAsync(id)).BodyHtml).QuerySelector("figure img")!;
        Assert.Equal(photo.AltText, img.GetAttribute("alt"));
    }

    [Fact]
    public async Task AnImageOfAPhotoThatDoesNotExistIsRefusedOnTheBodyField()
    {
        var tag = AdministratorFixture.UniqueTag();

        var response = await admin.Browser.SubmitFormAsync(NewArticleUrl, new ArticleFormBuilder().With(f =>
        {
            f.Title = $"Ảnh không có {tag}";
            f.Body = "Mở đầu.\n\n![Ảnh lạ](/anh/987654)";
        }).Build());

        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Thư viện không có ảnh số 987654", MediaLibrary.FieldError(html, "Input.BodyMarkdown"));
        Assert.Contains("![Ảnh lạ](/anh/987654)", System.Net.WebUtility.HtmlDecode(html));
        Assert.False(await admin.Factory.WithDbAsync(db => db.Articles.AnyAsync(a => a.Title == $"Ảnh không có {tag}")));
    }

    [Fact]
    public async Task TheUsesFollowEverySaveCoverAndBody()
    {
        var cover = await admin.Factory.AddPhotoAsync($"Ảnh bìa {AdministratorFixture.UniqueTag()}", width: 400, height: 300);
        var inBody = await admin.Factory.AddPhotoAsync($"Ảnh giữa bài {AdministratorFixture.UniqueTag()}", width: 400, height: 300);
        var id = await admin.Browser.WriteAsync(new ArticleFormBuilder().With(f =>
        {
            f.CoverPhotoId = cover.Id;
            f.Body = $"Đoạn một.\n\n{MediaLibrary.Markdown(inBody.Id)}";
        }));
        Assert.Equal([(cover.Id, true), (inBody.Id, false)], (await admin.Factory.UsesAsync(id)).Select(u => (u.PhotoId, u.IsCover)));

        var response = await admin.Browser.EditAsync(id, fields =>
        {
            fields["Input.CoverPhotoId"] = "";
            fields["Input.BodyMarkdown"] = "Đoạn một, không còn ảnh.";
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Empty(await admin.Factory.UsesAsync(id));
        Assert.Null((await admin.Factory.ArticleAsync(id)).CoverPhotoId);
    }

    [Fact]
    public async Task HostileWordsOfAPhotoAreShownAsText()
    {
        const string hostile = "\"><script>alert(1)</script><img src=x onerror=alert(2)>";
        var photo = await admin.Factory.AddPhotoAsync(hostile, hostile, hostile, 400, 300);

        var id = await admin.Browser.WriteAsync(new ArticleFormBuilder().With(f => f.Body = $"{MediaLibrary.Markdown(photo.Id)}\n\nchữ ![{hostile}](/anh/{photo.Id}) chữ"));

        var html = (await admin.Factory.ArticleAsync(id)).BodyHtml;
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("onerror", new HtmlParser().ParseDocument(html).All.SelectMany(e => e.Attributes).Select(a => a.Name));
        Assert.Equal(2, new HtmlParser().ParseDocument(html).QuerySelectorAll("picture").Length);
    }

    [Fact]
    public async Task ThePhotoSearchKeepsEverythingTyped()
    {
        var tag = AdministratorFixture.UniqueTag();
        var photo = await admin.Factory.AddPhotoAsync($"Cảng biển {tag}", width: 400, height: 300);
        var fields = new ArticleFormBuilder().With(f => f.Title = $"Bài đang viết {tag}").Build();
        fields["PhotoQuery"] = $"cang bien {tag}";

        var page = await admin.Browser.GetStringAsync(NewArticleUrl);
        var response = await admin.Browser.PostFormAsync(NewArticleUrl, fields, Newsroom.AntiforgeryToken(page), "Photos", multipart: true);

        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal($"Bài đang viết {tag}", AdministratorFixture.InputValue(html, "Input.Title"));
        var card = Assert.Single(new HtmlParser().ParseDocument(html).QuerySelectorAll(".photo-picker .photo-card"));
        Assert.Contains($"Chèn vào bài: ![Cảng biển {tag}](/anh/{photo.Id})", card.TextContent);
    }
}
