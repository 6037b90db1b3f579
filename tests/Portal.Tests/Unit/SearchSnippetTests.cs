using Portal.Web.Articles;
using Portal.Web.Importing;
using Portal.Web.Search;

namespace Portal.Tests.Unit;

/// <summary>The snippet read lazily from the HTML is the snippet of the whole plain text, split at every space.</summary>
public sealed class SearchSnippetTests
{
    private static readonly MarkdownRenderer Markdown = new();

    public static TheoryData<string> Html => new()
    {
        "<p>Hội nghị &amp; tổng kết</p>\n<p>năm&nbsp;2026, &lt;b&gt; không phải thẻ</p>",
        "<p>a<b>b</b>c</p> lẻ < không đóng",
        "  <h2>Tiêu đề</h2>\r\n\t<ul><li>một</li><li>hai&#160;ba</li></ul>  ",
        "không có thẻ nào",
        "",
        "<br><br/>",
        "&quot;trích dẫn&quot; &#x1EC7; &unknown; & rời",
    };

    [Theory]
    [MemberData(nameof(Html))]
    public void ThePlainWordsAreThoseOfThePlainText(string html) =>
        Assert.Equal(SearchText.PlainText(html).Split(' ', StringSplitOptions.RemoveEmptyEntries), SearchText.PlainWords(html));

    [Fact]
    public void RenderedMarkdownGivesThePlainWordsOfItsPlainText()
    {
        var html = Markdown.ToHtml("# Tiêu đề\n\nĐoạn **một** với [liên kết](https://example.vn) & `mã`.\n\n- mục\n- mục *hai*\n\n| a | b |\n|---|---|\n| 1 | 2 |");

        Assert.Equal(SearchText.PlainText(html).Split(' ', StringSplitOptions.RemoveEmptyEntries), SearchText.PlainWords(html));
    }

    [Theory]
    [InlineData("hoi nghi")]
    [InlineData("tinh")]
    [InlineData("chuyen doi so")]
    [InlineData("khongcotunay")]
    [InlineData("2026")]
    [InlineData("uy ban")]
    public void TheSnippetOfAnArticleIsTheSnippetOfAllItsWords(string query)
    {
        var words = SearchQuery.Parse(query).Words.ToHashSet(StringComparer.Ordinal);
        var random = new Random(4);
        for (var n = 0; n < 40; n++)
        {
            var text = ArticleTextGenerator.Next(random, new DateTime(2000 + n, 1, 1, 0, 0, 0, DateTimeKind.Utc));
            var summary = n % 3 == 0 ? "Ủy ban nhân dân tỉnh  họp" : text.Summary;

            var snippet = SearchSnippet.Build(summary, text.BodyHtml, words);

            Assert.Equal(SnippetOfAllWords($"{summary} {SearchText.PlainText(text.BodyHtml)}", words), snippet);
        }
    }

    [Theory]
    [InlineData("hoi nghi")]
    [InlineData("tinh")]
    [InlineData("khongcotunay")]
    [InlineData("nhan dan")]
    public void FromTheStartOfABodyTheSnippetIsTheWholeBodysOrNone(string query)
    {
        var words = SearchQuery.Parse(query).Words.ToHashSet(StringComparer.Ordinal);
        var random = new Random(9);
        var built = 0;
        for (var n = 0; n < 60; n++)
        {
            var text = ArticleTextGenerator.Next(random, new DateTime(2010 + (n % 15), 1, 1, 0, 0, 0, DateTimeKind.Utc));
            var html = n % 4 == 0 ? Markdown.ToHtml("Một <b>đoạn</b> &amp; *nhấn* mạnh.\n\n" + text.BodyMarkdown) : text.BodyHtml;
            var whole = SearchSnippet.Build(text.Summary, html, words);
            foreach (var length in new[] { 0, 1, 3, 17, 200, 1_000, 2_999, 3_000, random.Next(html.Length), html.Length - 1, html.Length })
            {
                var start = html[..Math.Min(length, html.Length)];

                var snippet = SearchSnippet.TryBuild(text.Summary, start, start.Length == html.Length, words);

                if (snippet is not null)
                {
                    Assert.Equal(whole, snippet);
                    built++;
                }
                Assert.True(snippet is not null || start.Length < html.Length, "the whole body always gives a snippet");
                if (!whole.Any(p => p.IsMatch))
                {
                    // No word in the text: told so, the start gives the opening words once it holds enough of them.
                    var opening = SearchSnippet.TryBuild(text.Summary, start, start.Length == html.Length, []);
                    Assert.True(opening is null ? length < 2_999 : whole.SequenceEqual(opening), $"opening from {length} characters");
                }
            }
        }
        Assert.True(built > 60, $"{built} snippets from a start");
    }

    [Theory]
    [InlineData("a b c", "b")]
    [InlineData("Hội nghị", "hoi")]
    [InlineData("", "x")]
    [InlineData("một hai ba bốn năm sáu bảy tám chín mười mười-một mười-hai x", "x")]
    public void ShortTextsGiveTheSnippetOfAllTheirWords(string text, string query)
    {
        var words = SearchQuery.Parse(query).Words.ToHashSet(StringComparer.Ordinal);

        Assert.Equal(SnippetOfAllWords(text, words), SearchSnippet.Build(text, words));
    }

    [Fact]
    public void LongWordsAndCharactersOffTheFastPathMatchAsTheirTokensDo()
    {
        var longWord = new string('a', 80);
        var words = SearchQuery.Parse($"{longWord} nam").Words.ToHashSet(StringComparer.Ordinal);

        var snippet = SearchSnippet.Build($"đầu {longWord}b giữa Việt😀Nam cuối", words);

        Assert.Equal([new SnippetPart("đầu", false), new SnippetPart($"{longWord}b", true), new SnippetPart("giữa", false),
            new SnippetPart("Việt😀Nam", true), new SnippetPart("cuối", false)], snippet);
    }

    /// <summary>The definition: every word, the first match, a quarter of the snippet before it.</summary>
    private static List<SnippetPart> SnippetOfAllWords(string text, HashSet<string> queryWords)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        bool Matches(string word) => SearchText.Tokens(word).Any(queryWords.Contains);
        var start = Math.Max(0, Array.FindIndex(words, Matches) - (SearchSnippet.Words / 4));
        var parts = new List<SnippetPart>();
        if (start > 0)
        {
            parts.Add(new SnippetPart("…", false));
        }
        foreach (var word in words.Skip(start).Take(SearchSnippet.Words))
        {
            var match = Matches(word);
            if (parts.Count > 0 && parts[^1].IsMatch == match && parts[^1].Text != "…")
            {
                parts[^1] = parts[^1] with { Text = parts[^1].Text + " " + word };
            }
            else
            {
                parts.Add(new SnippetPart(word, match));
            }
        }
        if (start + SearchSnippet.Words < words.Length)
        {
            parts.Add(new SnippetPart("…", false));
        }
        return parts;
    }
}
