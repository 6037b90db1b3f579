using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Tests.Builders;
using Portal.Web.Media;

namespace Portal.Tests.Integration;

/// <summary>The newsroom's media library and the editor's photo fields, used as a browser uses them.</summary>
public static partial class MediaLibrary
{
    public const string ListUrl = "/admin/media";
    public const string UploadUrl = "/admin/media/upload";

    public static string EditUrl(int id) => $"/admin/media/edit/{id}";

    public static string DeleteUrl(int id) => $"/admin/media/delete/{id}";

    /// <summary>The upload form's words for a photo.</summary>
    public static Dictionary<string, string> Words(string altText, string caption = "", string credit = "", string prefix = "Input") =>
        new() { [$"{prefix}.AltText"] = altText, [$"{prefix}.Caption"] = caption, [$"{prefix}.Credit"] = credit };

    /// <summary>Opens the page, then posts its multipart form with its token, the fields and a file (when given).</summary>
    public static async Task<HttpResponseMessage> PostWithFileAsync(this HttpClient browser, string pageUrl, Dictionary<string, string> fields,
        string fileField, byte[]? file, string fileName = "anh.jpg", string? handler = null)
    {
        var page = await browser.GetStringAsync(pageUrl);
        return await browser.PostWithFileAsync(pageUrl, fields, Newsroom.AntiforgeryToken(page), fileField, file, fileName, handler);
    }

    public static Task<HttpResponseMessage> PostWithFileAsync(this HttpClient browser, string url, Dictionary<string, string> fields, string token,
        string fileField, byte[]? file, string fileName = "anh.jpg", string? handler = null)
    {
        var content = new MultipartFormDataContent();
        foreach (var (name, value) in fields)
        {
            content.Add(new StringContent(value, System.Text.Encoding.UTF8), name);
        }
        content.Add(new StringContent(token), "__RequestVerificationToken");
        if (file is not null)
        {
            var part = new ByteArrayContent(file);
            part.Headers.ContentType = new MediaTypeHeaderValue("image/jpeg");
            content.Add(part, fileField, fileName);
        }
        return browser.PostAsync(handler is null ? url : $"{url}?handler={handler}", content);
    }

    /// <summary>Uploads through the library's form; returns the new photo.</summary>
    public static async Task<Photo> UploadAsync(this HttpClient browser, PortalFactory factory, string altText, string caption = "", string credit = "", byte[]? file = null)
    {
        var before = await factory.WithDbAsync(db => db.Photos.MaxAsync(p => (int?)p.Id)) ?? 0;
        var response = await browser.PostWithFileAsync(UploadUrl, Words(altText, caption, credit), "Input.File", file ?? TestImages.Jpeg(1600, 1000));
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"Uploading answered {(int)response.StatusCode}: {Html.Text(await response.Content.ReadAsStringAsync())}");
        return await factory.PhotoAsync(await factory.WithDbAsync(db => db.Photos.Where(p => p.Id > before).MaxAsync(p => p.Id)));
    }

    /// <summary>Adds a photo straight through the library, as the upload form does, for tests about something else.</summary>
    public static async Task<Photo> AddPhotoAsync(this PortalFactory factory, string altText, string caption = "", string credit = "", int width = 1600, int height = 1000)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var bytes = TestImages.Jpeg(width, height);
        var result = await scope.ServiceProvider.GetRequiredService<PhotoLibrary>()
            .UploadAsync(new MemoryStream(bytes), bytes.Length, "anh.jpg", new PhotoDetails(altText, caption, credit), "test@portal.test", CancellationToken.None);
        return await factory.PhotoAsync(result.Saved().Id);
    }

    public static Task<Photo> PhotoAsync(this PortalFactory factory, int id) =>
        factory.WithDbAsync(db => db.Photos.AsNoTracking().Include(p => p.Variants).SingleAsync(p => p.Id == id));

    public static Task<int> PhotoCountAsync(this PortalFactory factory) => factory.WithDbAsync(db => db.Photos.CountAsync());

    public static Task<List<ArticlePhoto>> UsesAsync(this PortalFactory factory, int articleId) =>
        factory.WithDbAsync(db => db.ArticlePhotos.AsNoTracking().Where(u => u.ArticleId == articleId).OrderBy(u => u.PhotoId).ToListAsync());

    /// <summary>Publishes the article through the review page; returns its public address.</summary>
    public static async Task<string> PublishAsync(this AdministratorFixture admin, int articleId)
    {
        var response = await admin.Browser.ReviewAsync(articleId, "Publish");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var article = await admin.Factory.ArticleAsync(articleId);
        return Portal.Web.Feeds.PublicUrls.ArticlePath(article.Id, article.Slug);
    }

    /// <summary>The Markdown that shows a library photo in a body.</summary>
    public static string Markdown(int photoId, string alt = "") => $"![{alt}](/anh/{photoId})";

    /// <summary>The field's validation message, as the form shows it beside the field.</summary>
    public static string? FieldError(string html, string field)
    {
        var match = Regex.Match(html, $"<span class=\"field-validation-error\" data-valmsg-for=\"{Regex.Escape(field)}\"[^>]*>(.*?)</span>", RegexOptions.Singleline);
        return match.Success ? WebUtility.HtmlDecode(match.Groups[1].Value) : null;
    }
}
