using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Portal.Tests.Builders;

namespace Portal.Tests.Integration.Writing;

/// <summary>The photo dialog's handlers: the library's photos with their snippets, and an upload that answers its snippet or the library's refusal.</summary>
public sealed class ThePhotoDialogInsertsLibraryPhotos(ArticleEditorTests.Fixture fixture) : IClassFixture<ArticleEditorTests.Fixture>
{
    private readonly HttpClient _editor = fixture.Editor;

    private async Task<HttpResponseMessage> UploadAsync(byte[]? file, string altText)
    {
        var page = await _editor.GetStringAsync("/admin/articles/edit");
        var content = new MultipartFormDataContent
        {
            { new StringContent(Newsroom.AntiforgeryToken(page)), "__RequestVerificationToken" },
            { new StringContent(altText), "DialogPhoto.AltText" },
            { new StringContent("Ảnh: Phòng Thông tin"), "DialogPhoto.Credit" },
        };
        if (file is not null)
        {
            var bytes = new ByteArrayContent(file);
            bytes.Headers.ContentType = new MediaTypeHeaderValue("image/jpeg");
            content.Add(bytes, "DialogPhoto.File", "anh.jpg");
        }
        return await _editor.PostAsync("/admin/articles/edit?handler=PhotoUpload", content);
    }

    [Fact]
    public async Task AnUploadedPhotoAnswersItsSnippetAndIsListedFirst()
    {
        var response = await UploadAsync(TestImages.Jpeg(800, 600), "Lễ khánh thành cầu Bến Thủy mới");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var photo = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        var id = photo.GetProperty("id").GetInt32();
        Assert.Equal($"![Lễ khánh thành cầu Bến Thủy mới](/anh/{id})", photo.GetProperty("snippet").GetString());

        var list = JsonDocument.Parse(await _editor.GetStringAsync("/admin/articles/edit?handler=PhotoChoices&q=khanh%20thanh")).RootElement.GetProperty("photos");
        Assert.Equal(id, list[0].GetProperty("id").GetInt32());
    }

    [Fact]
    public async Task AnUploadWithoutAFileOrAltTextAnswersTheLibrarysMessage()
    {
        var response = await UploadAsync(null, "");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Xin chọn tệp ảnh để tải lên.", JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("error").GetString());
    }

    [Fact]
    public async Task AFileThatIsNoPhotoIsRefused()
    {
        var response = await UploadAsync("<script>alert(1)</script>"u8.ToArray(), "Không phải ảnh");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotEmpty(JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("error").GetString()!);
    }
}
