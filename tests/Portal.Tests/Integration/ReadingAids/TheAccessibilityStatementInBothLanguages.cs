namespace Portal.Tests.Integration.ReadingAids;

/// <summary>The accessibility statement at a Vietnamese and an English address, linked by hreflang and from every footer.</summary>
public sealed class TheAccessibilityStatementInBothLanguages(ReadingAidsFixture fixture) : IClassFixture<ReadingAidsFixture>
{
    [Fact]
    public async Task TheVietnamesePageStatesTheStandardTheLimitsAndHowToReportABarrier()
    {
        using var reader = fixture.ReaderWith(null);

        var page = await reader.GetStringAsync("/kha-nang-tiep-can");
        var text = Html.Text(page);

        Assert.Contains("<h1 class=\"article-title\">Tuyên bố về khả năng tiếp cận</h1>", page);
        Assert.Contains("WCAG) 2.2", text);
        Assert.Contains("Thông tư 32/2017/TT-BTTTT", text);
        Assert.Contains("Hạn chế đã biết", text);
        Assert.Contains("Cập nhật ngày 07/12/2026", text);
        Assert.Contains("href=\"mailto:banbientap@baria-vungtau.gov.vn?subject=Ph%E1%BA%A3n%20%C3%A1nh%20v%E1%BB%81%20kh%E1%BA%A3%20n%C4%83ng%20ti%E1%BA%BFp%20c%E1%BA%ADn\"", page);
        Assert.Contains("hreflang=\"en\" href=\"http://localhost/en/accessibility\"", page);
        Assert.Contains("hreflang=\"vi\" href=\"http://localhost/kha-nang-tiep-can\"", page);
        Assert.Contains("hreflang=\"x-default\" href=\"http://localhost/kha-nang-tiep-can\"", page);
        Assert.Contains("<link rel=\"canonical\" href=\"http://localhost/kha-nang-tiep-can\">", page);
        Assert.Contains("href=\"/ngon-ngu/en?returnUrl=%2Fen%2Faccessibility\"", page);
    }

    [Fact]
    public async Task TheEnglishPageIsEnglishWhateverTheCookieSays()
    {
        using var reader = fixture.ReaderWith(null);

        var page = await reader.GetStringAsync("/en/accessibility");

        Assert.Contains("<html lang=\"en\">", page);
        Assert.Contains("<h1 class=\"article-title\">Accessibility statement</h1>", page);
        Assert.Contains("Last reviewed on 7 December 2026", Html.Text(page));
        Assert.Contains("?subject=Accessibility%20barrier%20report\"", page);
        Assert.Contains("<link rel=\"canonical\" href=\"http://localhost/en/accessibility\">", page);
        Assert.Contains("hreflang=\"vi\" href=\"http://localhost/kha-nang-tiep-can\"", page);
        Assert.Contains("href=\"/ngon-ngu/vi?returnUrl=%2Fkha-nang-tiep-can\"", page);
    }

    [Fact]
    public async Task EveryFooterLinksTheStatementInTheReadersLanguage()
    {
        using var reader = fixture.ReaderWith(null);

        Assert.Contains("<a href=\"/kha-nang-tiep-can\">Tuyên bố về khả năng tiếp cận</a>", await reader.GetStringAsync("/"));
        Assert.Contains("<a href=\"/en/accessibility\">Accessibility statement</a>", await reader.GetStringAsync("/en/accessibility"));
    }

    [Fact]
    public async Task TheHeaderControlsHaveVietnameseLabelsAndEnglishOnTheEnglishPage()
    {
        using var reader = fixture.ReaderWith(null);

        var vietnamese = Html.Text(await reader.GetStringAsync("/kha-nang-tiep-can"));
        var english = Html.Text(await reader.GetStringAsync("/en/accessibility"));

        Assert.Contains("Cỡ chữ A− Cỡ chữ nhỏ A Cỡ chữ thường A+ Cỡ chữ lớn", vietnamese);
        Assert.Contains("Tương phản Thường Cao", vietnamese);
        Assert.Contains("Text size A− Small text A Normal text A+ Large text", english);
        Assert.Contains("Contrast Normal High", english);
    }
}
