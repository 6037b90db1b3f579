using Portal.Tests.Security;
using Portal.Web.Articles;

namespace Portal.Tests.Unit;

/// <summary>Every payload of the XSS corpus, rendered as an article body, parsed back as a browser would read it.</summary>
public sealed class RenderedMarkdownRunsNoScript
{
    private static readonly HashSet<string> AllowedElements =
    [
        "html", "head", "body", "h1", "h2", "h3", "h4", "h5", "h6", "p", "br", "hr", "ul", "ol", "li", "blockquote",
        "pre", "code", "table", "thead", "tbody", "tr", "th", "td", "a", "img", "em", "strong", "del", "ins", "mark",
        "sub", "sup",
    ];

    private static readonly HashSet<string> AllowedAttributes = ["href", "src", "alt", "title", "start"];

    private readonly MarkdownRenderer _renderer = new();

    public static TheoryData<string> Payloads => XssCorpus.AsTheoryData();

    [Fact]
    public void TheCorpusHoldsAtLeastSixtyPayloads() => Assert.InRange(XssCorpus.Payloads.Count, 60, int.MaxValue);

    [Theory]
    [MemberData(nameof(Payloads))]
    public void NoPayloadLeavesExecutableContent(string markdown)
    {
        var document = ExecutableContent.Parse($"<!DOCTYPE html><html><head></head><body>{_renderer.ToHtml(markdown)}</body></html>");

        Assert.Empty(ExecutableContent.In(document));
        Assert.All(document.All, element =>
        {
            Assert.Contains(element.LocalName, AllowedElements);
            Assert.All(element.Attributes, attribute => Assert.Contains(attribute.Name, AllowedAttributes));
        });
    }

    /// <summary>The check itself is no blind spot: the raw payloads, unsanitised, are caught.</summary>
    [Theory]
    [InlineData("<img src=x onerror=alert(1)>")]
    [InlineData("<a href=\"jav&#x09;ascript:alert(1)\">x</a>")]
    [InlineData("<a href=\" &#x6A;avascript&#x3A;alert(1)\">x</a>")]
    [InlineData("<svg><a xlink:href=\"javascript:alert(1)\">x</a></svg>")]
    [InlineData("<p style=\"color:red\">x</p>")]
    [InlineData("<img src=\"http://example.com/a.png\">")]
    [InlineData("<link rel=stylesheet href=/x.css>")]
    [InlineData("<script src=\"/js/site.js\">alert(1)</script>")]
    public void TheCheckCatchesRawPayloads(string html) =>
        Assert.NotEmpty(ExecutableContent.In($"<!DOCTYPE html><html><head></head><body>{html}</body></html>"));

    [Theory]
    [InlineData("[Cổng Chính phủ](https://chinhphu.vn)", "a", "href", "https://chinhphu.vn")]
    [InlineData("[trang](http://example.com/)", "a", "href", "http://example.com/")]
    [InlineData("[thư](mailto:ubnd@tinh.gov.vn)", "a", "href", "mailto:ubnd@tinh.gov.vn")]
    [InlineData("[cũ](/bai-viet/1/tin)", "a", "href", "/bai-viet/1/tin")]
    [InlineData("![ảnh](https://example.com/anh.png)", "img", "src", "https://example.com/anh.png")]
    [InlineData("![ảnh](/img/emblem.svg)", "img", "src", "/img/emblem.svg")]
    public void AllowedLinksAndImagesStay(string markdown, string element, string attribute, string expected)
    {
        var document = ExecutableContent.Parse(_renderer.ToHtml(markdown));

        Assert.Equal(expected, document.QuerySelector(element)?.GetAttribute(attribute));
    }

    [Theory]
    [InlineData("![ảnh](http://example.com/anh.png)")]
    [InlineData("![ảnh](//example.com/anh.png)")]
    [InlineData("![ảnh](mailto:a@b.vn)")]
    [InlineData("![ảnh](data:image/png;base64,iVBORw0KGgo=)")]
    public void ImagesFromElsewhereThanThePortalOrHttpsLoseTheirAddress(string markdown)
    {
        var document = ExecutableContent.Parse(_renderer.ToHtml(markdown));

        Assert.All(document.QuerySelectorAll("img"), img => Assert.False(img.HasAttribute("src"), img.OuterHtml));
    }

    [Fact]
    public void TablesQuotesCodeAndEmphasisRemain()
    {
        var html = _renderer.ToHtml("| Xã | Hộ |\n|---|--:|\n| Tân Lập | 1.200 |\n\n> Trích dẫn\n\n```\nmã\n```\n\n~~bỏ~~ ==đánh dấu==");
        var document = ExecutableContent.Parse(html);

        Assert.All(["table", "blockquote", "pre", "del", "mark"], tag => Assert.NotNull(document.QuerySelector(tag)));
        Assert.Equal("1.200", document.QuerySelector("tbody td:last-child")?.TextContent);
    }
}
