using System.Net;
using System.Text.Json;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Portal.Tests.Builders;
using Portal.Web.Media;

namespace Portal.Tests.Integration;

/// <summary>An article published with a cover photo, as citizens meet it: its page, its print view, the lists.</summary>
public sealed class PhotosOnThePublicPages(PhotosOnThePublicPages.Fixture fixture) : IClassFixture<PhotosOnThePublicPages.Fixture>
{
    public sealed class Fixture : IAsyncLifetime
    {
        public AdministratorFixture Admin { get; } = new();
        public Photo Cover { get; private set; } = null!;
        public string ArticlePath { get; private set; } = "";
        public string CategorySlug { get; private set; } = "";

        public async Task InitializeAsync()
        {
            await Admin.InitializeAsync();
            Cover = await Admin.Factory.AddPhotoAsync("Đại biểu biểu quyết thông qua nghị quyết", "Kỳ họp thứ 12 HĐND tỉnh khóa VII", "Ngọc Hân", 2000, 1333);
            var id = await Admin.Browser.WriteAsync(new ArticleFormBuilder().With(f =>
            {
                f.Title = "HĐND tỉnh thông qua 20 nghị quyết quan trọng";
                f.CoverPhotoId = Cover.Id;
            }));
            ArticlePath = await Admin.PublishAsync(id);
            CategorySlug = (await Admin.Factory.WithDbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(db.Categories, c => c.Id == 1))).Slug;
        }

        public Task DisposeAsync() => Admin.DisposeAsync();
    }

    private readonly AdministratorFixture _admin = fixture.Admin;

    private async Task<IHtmlDocument> PublicAsync(string path) => new HtmlParser().ParseDocument(await _admin.PublicPageAsync(path));

    [Fact]
    public async Task TheArticlePageShowsTheCoverAboveTheBodyWithItsCaptionAndCredit()
    {
        var page = await PublicAsync(fixture.ArticlePath);

        var figure = page.QuerySelector("article figure.article-cover")!;
        Assert.NotNull(figure);
        Assert.Same(figure.NextElementSibling, page.QuerySelector("article .article-body"));
        var img = figure.QuerySelector("picture img")!;
        Assert.Equal("Đại biểu biểu quyết thông qua nghị quyết", img.GetAttribute("alt"));
        Assert.Equal((1920, fixture.Cover.Height), (Size(img.GetAttribute("width")), Size(img.GetAttribute("height"))));
        Assert.Equal(("eager", "high"), (img.GetAttribute("loading"), img.GetAttribute("fetchpriority")));
        Assert.NotNull(img.GetAttribute("sizes"));
        Assert.Equal(["320w", "640w", "960w", "1280w", "1920w"], img.GetAttribute("srcset")!.Split(", ").Select(c => c.Split(' ')[1]));
        Assert.Equal("Kỳ họp thứ 12 HĐND tỉnh khóa VII Ảnh: Ngọc Hân", figure.QuerySelector("figcaption")!.TextContent);
    }

    [Fact]
    public async Task OpenGraphAndJsonLdNameTheCoversAbsoluteJpegOf1280PixelsWhichAnswers()
    {
        var page = await PublicAsync(fixture.ArticlePath);

        string? Meta(string property) => page.QuerySelector($"meta[property='{property}']")?.GetAttribute("content");
        var image = Meta("og:image")!;
        Assert.StartsWith("http://localhost/anh/", image);
        Assert.EndsWith(".jpg", image);
        var variant = fixture.Cover.Variants.Single(v => v.Format == PhotoVariant.Jpeg && v.Width == 1280);
        Assert.Equal($"http://localhost{PhotoUrls.Variant(variant)}", image);
        Assert.Equal((1280, variant.Height), (Size(Meta("og:image:width")), Size(Meta("og:image:height"))));
        Assert.Equal("Đại biểu biểu quyết thông qua nghị quyết", Meta("og:image:alt"));
        using var jsonLd = JsonDocument.Parse(page.QuerySelector("script[type='application/ld+json']")!.TextContent);
        Assert.Equal(image, jsonLd.RootElement.GetProperty("image")[0].GetString());
        using var citizen = _admin.Factory.CreateBrowser();
        var response = await citizen.GetAsync(new Uri(image).PathAndQuery);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/jpeg", response.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task TheHomeAndCategoryPagesShowTheCoversThumbnailLazyWithItsSizeAndWords()
    {
        foreach (var path in new[] { "/", $"/chuyen-muc/{fixture.CategorySlug}" })
        {
            var page = await PublicAsync(path);

            var item = page.QuerySelectorAll(".article-list li").First(li => li.TextContent.Contains("HĐND tỉnh thông qua 20 nghị quyết", StringComparison.Ordinal));
            var img = item.QuerySelector(".article-thumbnail img")!;
            Assert.True(img is not null, $"{path} shows no thumbnail");
            Assert.Equal("Đại biểu biểu quyết thông qua nghị quyết", img.GetAttribute("alt"));
            Assert.Equal((fixture.Cover.Width, fixture.Cover.Height), (Size(img.GetAttribute("width")), Size(img.GetAttribute("height"))));
            Assert.Equal("lazy", img.GetAttribute("loading"));
            Assert.Equal(["320w", "640w"], img.GetAttribute("srcset")!.Split(", ").Select(c => c.Split(' ')[1]));
        }
    }

    [Fact]
    public async Task ThePrintViewShowsTheCoverToo()
    {
        var page = await PublicAsync(fixture.ArticlePath + "/ban-in");

        Assert.Equal("Kỳ họp thứ 12 HĐND tỉnh khóa VII Ảnh: Ngọc Hân", page.QuerySelector("figure.article-cover figcaption")!.TextContent);
    }

    [Fact]
    public async Task ChangingACoversWordsRefreshesTheCachedPagesThatShowIt()
    {
        var cover = await _admin.Factory.AddPhotoAsync("Khách tham quan bảo tàng", "Bảo tàng tỉnh mở cửa", "Thu Hà", 800, 600);
        var path = await _admin.PublishAsync(await _admin.Browser.WriteAsync(new ArticleFormBuilder().With(f =>
        {
            f.Title = $"Bảo tàng mở cửa miễn phí {AdministratorFixture.UniqueTag()}";
            f.CoverPhotoId = cover.Id;
        })));
        Assert.Contains("Ảnh: Thu Hà", (await PublicAsync(path)).QuerySelector("figcaption")!.TextContent);
        Assert.Equal("Khách tham quan bảo tàng", (await PublicAsync("/")).QuerySelector(".article-thumbnail img")!.GetAttribute("alt"));

        var response = await _admin.Browser.SubmitFormAsync(MediaLibrary.EditUrl(cover.Id),
            MediaLibrary.Words("Học sinh tham quan bảo tàng", cover.Caption, "Thu Hà và Minh Tú"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("Ảnh: Thu Hà và Minh Tú", (await PublicAsync(path)).QuerySelector("figcaption")!.TextContent);
        Assert.Contains("Ảnh: Thu Hà và Minh Tú", (await PublicAsync(path + "/ban-in")).QuerySelector("figcaption")!.TextContent);
        Assert.Equal("Học sinh tham quan bảo tàng", (await PublicAsync("/")).QuerySelector(".article-thumbnail img")!.GetAttribute("alt"));
    }

    private static int Size(string? value) => int.Parse(value!, System.Globalization.CultureInfo.InvariantCulture);
}
