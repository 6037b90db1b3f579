using Portal.Web.Articles;

namespace Portal.Tests.Unit;

/// <summary>
/// <c>[[số ký hiệu]]</c> in Markdown: read where it is text, never inside code or within other brackets, and written as
/// a link only to the path it was resolved to, its text the number as typed, escaped.
/// </summary>
public sealed class DocumentLinkMarkdownTests
{
    private readonly MarkdownRenderer _renderer = new();

    [Theory]
    [InlineData("Theo [[15/2024/QĐ-UBND]] của tỉnh.", "15/2024/QĐ-UBND", null)]
    [InlineData("Theo [[ 15/2024/QĐ-UBND | UBND tỉnh ]].", "15/2024/QĐ-UBND", "UBND tỉnh")]
    [InlineData("**[[15 2024 qd ubnd]]**", "15 2024 qd ubnd", null)]
    [InlineData("- mục [[01/CT-TTg]]", "01/CT-TTg", null)]
    [InlineData("> trích [[15/2024/QĐ-UBND]]", "15/2024/QĐ-UBND", null)]
    public void AReferenceIsReadWhereItIsText(string markdown, string number, string? issuer)
    {
        Assert.Equal([new DocumentReference(number, issuer)], _renderer.DocumentReferences(markdown));
    }

    [Theory]
    [InlineData("`[[15/2024/QĐ-UBND]]`")]
    [InlineData("``mã [[15/2024/QĐ-UBND]] mã``")]
    [InlineData("```\n[[15/2024/QĐ-UBND]]\n```")]
    [InlineData("    [[15/2024/QĐ-UBND]] (khối mã thụt lề)")]
    [InlineData("\\[[15/2024/QĐ-UBND]]")]
    [InlineData("[[[15/2024/QĐ-UBND]]]")]
    [InlineData("[[1]](https://chinhphu.vn) chú thích")]
    [InlineData("[[ghi chú không có số]]")]
    [InlineData("[[15/2024/QĐ-UBND\n]]")]
    [InlineData("[[]] và [[ | UBND ]] và [[15/2024|]]")]
    public void ReferencesInCodeOrOtherBracketsAreText(string markdown)
    {
        Assert.Empty(_renderer.DocumentReferences(markdown));
    }

    [Fact]
    public void CodeKeepsItsBracketsAndAResolvedReferenceIsALinkWithTheNumberAsTyped()
    {
        var reference = new DocumentReference("15/2024/qđ-ubnd", null);

        var html = _renderer.Render("Xem [[15/2024/qđ-ubnd]], mã `[[15/2024/qđ-ubnd]]`.",
            new Dictionary<DocumentReference, string> { [reference] = "/van-ban/7/quyet-dinh-15" }).Html;

        Assert.Equal("<p>Xem <a href=\"/van-ban/7/quyet-dinh-15\">15/2024/qđ-ubnd</a>, mã <code>[[15/2024/qđ-ubnd]]</code>.</p>", html.Trim());
    }

    [Fact]
    public void WithoutTheDocumentsAReferenceIsItsText()
    {
        Assert.Equal("<p>Theo [[15/2024/QĐ-UBND|UBND tỉnh]].</p>", _renderer.ToHtml("Theo [[15/2024/QĐ-UBND|UBND tỉnh]].").Trim());
    }

    [Theory]
    [InlineData("[[<15/2024/QĐ-UBND>]]")]
    [InlineData("[[15/2024/QĐ-UBND\"><script>alert(1)</script>]]")]
    [InlineData("[[15/2024/<img src=x onerror=alert(1)>]]")]
    [InlineData("[[javascript:alert(15)]]")]
    public void WhatIsTypedInTheBracketsIsInertLinkedOrNot(string markdown)
    {
        var references = _renderer.DocumentReferences(markdown);
        var linked = _renderer.Render(markdown, references.ToDictionary(r => r, _ => "/van-ban/7/quyet-dinh")).Html.ToLowerInvariant();
        var unlinked = _renderer.Render(markdown).Html.ToLowerInvariant();

        Assert.Single(references);
        foreach (var html in new[] { linked, unlinked })
        {
            Assert.DoesNotContain("<script", html);
            Assert.DoesNotContain("<img", html);
            Assert.DoesNotMatch("<[a-z][^>]*\\son[a-z]+\\s*=", html);
            Assert.DoesNotMatch("href\\s*=\\s*\"\\s*javascript:", html);
        }
        Assert.Contains("<a href=\"/van-ban/7/quyet-dinh\">", linked);
    }

    [Fact]
    public void ManyBracketsAreReadQuickly()
    {
        var markdown = string.Concat(Enumerable.Repeat("[[1", 20_000)) + string.Concat(Enumerable.Repeat("]]", 20_000));
        var watch = System.Diagnostics.Stopwatch.StartNew();

        _renderer.DocumentReferences(markdown);

        Assert.True(watch.ElapsedMilliseconds < 2_000, $"{watch.ElapsedMilliseconds} ms");
    }
}
