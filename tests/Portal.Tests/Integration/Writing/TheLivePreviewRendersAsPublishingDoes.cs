using System.Net;
using System.Text.Json;
using Portal.Tests.Builders;

namespace Portal.Tests.Integration.Writing;

/// <summary>The live preview's handler answers the body as publishing renders it: sanitised, with its errors.</summary>
public sealed class TheLivePreviewRendersAsPublishingDoes(ArticleEditorTests.Fixture fixture) : IClassFixture<ArticleEditorTests.Fixture>
{
    private readonly HttpClient _editor = fixture.Editor;

    private async Task<JsonElement> RenderAsync(string body, bool withToken = true)
    {
        var response = await _editor.CallAsync(null, "Render", new ArticleFormBuilder { Body = body }.Build(), withToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    [Fact]
    public async Task TheMarkdownComesBackAsSanitisedHtml()
    {
        var result = await RenderAsync("## Kết quả\n\n- Sơ tán 1.200 hộ dân\n\n<script>alert(1)</script>\n\n<img src=x onerror=alert(2)>");

        var html = result.GetProperty("html").GetString()!;
        Assert.Contains("Kết quả</h2>", html);
        Assert.Contains("<li>Sơ tán 1.200 hộ dân</li>", html);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(JsonValueKind.Null, result.GetProperty("error").ValueKind);
    }

    [Fact]
    public async Task APhotoNotInTheLibraryComesBackAsTheMessagePublishingWouldGive()
    {
        var result = await RenderAsync("![ảnh không có](/anh/987654)");

        Assert.Contains("Thư viện không có ảnh số 987654", result.GetProperty("error").GetString());
    }

    [Fact]
    public async Task WithoutTheAntiforgeryTokenNothingIsRendered()
    {
        var response = await _editor.CallAsync(null, "Render", new ArticleFormBuilder().Build(), withToken: false);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
