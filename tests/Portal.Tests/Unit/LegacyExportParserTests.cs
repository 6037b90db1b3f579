using System.Text;
using Portal.Tests.Builders;
using Portal.Web.Importing;

namespace Portal.Tests.Unit;

public sealed class LegacyExportParserTests
{
    [Fact]
    public void ReadsEveryPartOfTheLegacyExport()
    {
        var result = LegacyExportParser.Parse(LegacyExportBuilder.LegacyFileText);

        var article = Assert.IsType<LegacyArticle>(result.Article);
        Assert.Equal("Hoạt động Sở - Ban - Ngành", article.Category);
        Assert.Equal("Hội nghị trực tuyến tổng kết công tác Dân vận toàn quốc năm 2018", article.Title);
        Assert.Equal(new DateTime(2019, 1, 9, 21, 40, 0, DateTimeKind.Utc), article.PublishedAtUtc);
        Assert.Equal(25_903_248, article.VisitorFigure);
        Assert.Equal("Thùy Dương", article.Author);
        Assert.Equal(10, article.Paragraphs.Count);
        Assert.StartsWith("Sáng nay (10/01), Ban Dân vận Trung ương", article.Paragraphs[0]);
        Assert.StartsWith("Tính đến đầu năm 2018", article.Paragraphs[^1]);
        Assert.DoesNotContain(article.Paragraphs, p => string.IsNullOrWhiteSpace(p));
    }

    [Fact]
    public void CrlfAndLfGiveTheSameArticle()
    {
        var lf = LegacyExportParser.Parse(new LegacyExportBuilder().Build()).Article!;
        var crlf = LegacyExportParser.Parse(new LegacyExportBuilder { NewLine = "\r\n" }.Build()).Article!;

        Assert.Equal(lf with { Paragraphs = [] }, crlf with { Paragraphs = [] });
        Assert.Equal(lf.Paragraphs, crlf.Paragraphs);
    }

    [Fact]
    public void DecomposedTextIsStoredComposed()
    {
        var text = "\uFEFF" + new LegacyExportBuilder().Build().Normalize(NormalizationForm.FormD);

        var article = LegacyExportParser.Parse(text).Article!;

        Assert.True(article.Title.IsNormalized(NormalizationForm.FormC));
        Assert.Equal("Tỉnh chủ động ứng phó áp thấp nhiệt đới trên Biển Đông", article.Title);
        Assert.Equal("Phòng chống thiên tai", article.Category);
    }

    [Fact]
    public void LoneNoBreakSpacesAreNotParagraphs() =>
        Assert.Equal(2, LegacyExportParser.Parse(new LegacyExportBuilder().Build()).Article!.Paragraphs.Count);

    [Fact]
    public void AFileWithoutAVisitorFigureStillImports() =>
        Assert.Null(LegacyExportParser.Parse(new LegacyExportBuilder { VisitorLine = null }.Build()).Article!.VisitorFigure);

    [Theory]
    [InlineData("Hoạt động Sở Hoạt động Sở", "Hoạt động Sở")]
    [InlineData("Tin tức", "Tin tức")]
    [InlineData("A A A", "A A A")]
    [InlineData("Ban - Ban", "Ban - Ban")]
    public void UndoublesHeadingsOnlyWhenBothHalvesAreEqual(string line, string heading) =>
        Assert.Equal(heading, LegacyExportParser.Undouble(line));

    public static TheoryData<string, string> BrokenExports => new()
    {
        { new LegacyExportBuilder { StampLine = null }.Build(), "no time-stamp line" },
        { new LegacyExportBuilder { StampLine = "04:40 | 31/02/2019 Print E-mail" }.Build(), "not a valid date" },
        { new LegacyExportBuilder { StampLine = "25:10 | 10/01/2019 Print E-mail" }.Build(), "not a valid date" },
        { new LegacyExportBuilder { CategoryLine = null, TitleLine = null, VisitorLine = null }.Build(), "category line and a title line" },
        { new LegacyExportBuilder { CategoryLine = null, TitleLine = null }.Build(), "category line and a title line" },
        { new LegacyExportBuilder { TitleLine = null }.Build(), "category line and a title line" },
        { new LegacyExportBuilder { VisitorLine = "Số khách đã thăm: 25x903" }.Build(), "not a number" },
        { OnlyAnAuthorBelowTheStamp(), "at least one body paragraph" },
        { new LegacyExportBuilder().Build() + "08:00 | 04/11/2026 Print E-mail\nMore\nAuthor\n", "more than one time-stamp line" },
        { "", "no time-stamp line" },
        { "\u0000\u0001binary", "no time-stamp line" },
    };

    private static string OnlyAnAuthorBelowTheStamp()
    {
        var export = new LegacyExportBuilder { AuthorLine = "Thùy Dương" };
        export.Paragraphs.Clear();
        return export.Build();
    }

    [Theory]
    [MemberData(nameof(BrokenExports))]
    public void AMalformedExportIsRefusedWithAReason(string text, string reason)
    {
        var result = LegacyExportParser.Parse(text);

        Assert.Null(result.Article);
        Assert.Contains(reason, result.Error);
    }
}
