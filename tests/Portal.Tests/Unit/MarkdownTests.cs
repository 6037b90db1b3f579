using System.Net;
using Portal.Web.Articles;
using Portal.Web.Importing;

namespace Portal.Tests.Unit;

public sealed class MarkdownTests
{
    private readonly MarkdownRenderer _renderer = new();

    [Theory]
    [InlineData("1.721 dịch vụ công trực tuyến mức độ 3, 4")]
    [InlineData("2018. Một năm nhiều thành tựu")]
    [InlineData("# không phải tiêu đề")]
    [InlineData("- không phải danh sách")]
    [InlineData("> không phải trích dẫn")]
    [InlineData("*không nghiêng* và __không đậm__")]
    [InlineData("Điểu K’ré - “Năm Dân vận Chính quyền\" 2019")]
    [InlineData("<script>alert('x')</script> & <b>không đậm</b>")]
    [InlineData("[bấm vào](javascript:alert(1)) `mã`")]
    [InlineData("tỷ lệ 99,4% | cột | bảng")]
    public void LegacyTextRendersAsTheSameTextAndNeverAsMarkup(string text)
    {
        var html = _renderer.ToHtml(MarkdownText.EscapeParagraph(text));

        Assert.StartsWith("<p>", html);
        Assert.Equal($"<p>{text}</p>", WebUtility.HtmlDecode(html).Trim());
        Assert.DoesNotContain("<script", html);
        Assert.DoesNotContain("<a", html);
    }

    [Theory]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("<img src=x onerror=alert(1)>")]
    [InlineData("[bấm](javascript:alert(1))")]
    [InlineData("[bấm](JaVaScRiPt:alert(1))")]
    [InlineData("![ảnh](javascript:alert(1))")]
    [InlineData("[bấm](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)")]
    [InlineData("<a href=\"javascript:alert(1)\">x</a>")]
    [InlineData("<iframe src=\"https://example.com\"></iframe>")]
    public void RenderedMarkdownCarriesNoExecutableContent(string markdown)
    {
        var html = _renderer.ToHtml(markdown).ToLowerInvariant();

        Assert.DoesNotContain("<script", html);
        Assert.DoesNotContain("<iframe", html);
        Assert.DoesNotMatch("<[a-z][^>]*\\son[a-z]+\\s*=", html);
        Assert.DoesNotMatch("<[a-z][^>]*(href|src)\\s*=\\s*\"\\s*(javascript|data|vbscript):", html);
    }

    [Fact]
    public void EditorsMarkdownBecomesHeadingsListsAndLinks()
    {
        var html = _renderer.ToHtml("## Kết quả\n\n- Một\n- Hai\n\n**Đậm** và [Cổng Chính phủ](https://chinhphu.vn)");

        Assert.Contains("<h2", html);
        Assert.Contains("<li>Một</li>", html);
        Assert.Contains("<strong>Đậm</strong>", html);
        Assert.Contains("href=\"https://chinhphu.vn\"", html);
    }
}
