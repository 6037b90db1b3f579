using Microsoft.EntityFrameworkCore;
using Portal.Tests.Builders;
using Portal.Web.Importing;

namespace Portal.Tests.Integration;

/// <summary>The <c>import</c> command on a database that already holds the seeds.</summary>
public sealed class LegacyImportTests : IDisposable
{
    private readonly PortalFactory _factory = new();
    private readonly string _exports = TestDatabase.NewDataPath();

    public void Dispose()
    {
        _factory.Dispose();
        Directory.Delete(_exports, recursive: true);
    }

    [Fact]
    public async Task TheSameExportImportsOnceHoweverOftenItIsGiven()
    {
        var before = await ArticleCountAsync();

        var (exitCode, output) = await ImportAsync(LegacyExportBuilder.LegacyFilePath, LegacyExportBuilder.LegacyFilePath);

        Assert.Equal(0, exitCode);
        Assert.Contains("already imported", output);
        Assert.Equal(before, await ArticleCountAsync());
    }

    [Fact]
    public async Task ANewExportCreatesItsMissingCategoryAndRaisesTheVisitorTotal()
    {
        var file = new LegacyExportBuilder { NewLine = "\r\n" }.WriteTo(_exports, "storm.txt");

        var (exitCode, _) = await ImportAsync(file);

        Assert.Equal(0, exitCode);
        var article = await _factory.WithDbAsync(db => db.Articles.Include(a => a.Category)
            .SingleAsync(a => a.Title == "Tỉnh chủ động ứng phó áp thấp nhiệt đới trên Biển Đông"));
        Assert.Equal("Phòng chống thiên tai", article.Category!.Name);
        Assert.Equal("phong-chong-thien-tai", article.Category.Slug);
        Assert.Equal(new DateTime(2026, 11, 3, 0, 15, 0, DateTimeKind.Utc), article.PublishedAt);
        Assert.Equal("Minh Khang", article.Author);
        Assert.Equal("Sáng nay, Ban Chỉ huy Phòng chống thiên tai và Tìm kiếm cứu nạn tỉnh họp khẩn.", article.Summary);
        Assert.Contains("<p>Các địa phương ven biển", article.BodyHtml);
        Assert.Equal(26_000_000, await _factory.StoredVisitTotalAsync());
    }

    [Fact]
    public async Task AFigureBelowTheStoredTotalNeverLowersIt()
    {
        var file = new LegacyExportBuilder { VisitorLine = "Số khách đã thăm: 12" }.WriteTo(_exports, "small.txt");

        await ImportAsync(file);

        Assert.Equal(25_903_248, await _factory.StoredVisitTotalAsync());
    }

    [Fact]
    public async Task AMalformedFileIsReportedByNameAndSkippedWholeWithoutStoppingTheOthers()
    {
        var broken = new LegacyExportBuilder { StampLine = "04:40 10-01-2019", VisitorLine = "Số khách đã thăm: 99000000" }.WriteTo(_exports, "broken.txt");
        var good = new LegacyExportBuilder().WriteTo(_exports, "good.txt");
        var missing = Path.Combine(_exports, "missing.txt");
        var before = await ArticleCountAsync();

        var (exitCode, output) = await ImportAsync(broken, good, missing);

        Assert.Equal(1, exitCode);
        Assert.Contains($"FAILED {broken}: no time-stamp line", output);
        Assert.Contains($"FAILED {missing}: cannot be read", output);
        Assert.Contains($"ok     {good}", output);
        Assert.Equal(before + 1, await ArticleCountAsync());
        Assert.Equal(26_000_000, await _factory.StoredVisitTotalAsync());
    }

    [Fact]
    public async Task ImportWithoutFilesPrintsUsage()
    {
        var (exitCode, output) = await ImportAsync();

        Assert.Equal(2, exitCode);
        Assert.Contains("usage: import", output);
    }

    private async Task<(int ExitCode, string Output)> ImportAsync(params string[] files)
    {
        var output = new StringWriter();
        var exitCode = await PortalCommand.Find(["import", .. files])!.RunAsync(_factory.Services, output, TextReader.Null);
        return (exitCode, output.ToString());
    }

    private Task<int> ArticleCountAsync() => _factory.WithDbAsync(db => db.Articles.CountAsync());
}
