using System.Net;

namespace Portal.Tests.Integration;

public sealed class SearchingTheDirectory(AdministratorFixture admin) : IClassFixture<AdministratorFixture>
{
    [Theory]
    [InlineData("nguyen van thanh")]
    [InlineData("NGUYỄN VĂN THÀNH")]
    [InlineData("  Nguyen   Van  THANH ")]
    [InlineData("chu tich")]
    public async Task FindsAnOfficialByNameOrTitleWithOrWithoutDiacriticsInAnyCase(string query)
    {
        var html = await admin.PublicPageAsync("/co-cau-to-chuc?q=" + Uri.EscapeDataString(query));

        Assert.Contains(">Nguyễn Văn Thành</a>", html);
        Assert.Contains("<meta name=\"robots\" content=\"noindex\">", html);
    }

    [Fact]
    public async Task FindsTheDirectorOfADepartmentByTitleAndTheDepartmentsName()
    {
        var html = await admin.PublicPageAsync("/co-cau-to-chuc?q=giam+doc+so+y+te");

        var director = html.IndexOf("Phan Hữu Nghĩa</a>", StringComparison.Ordinal);
        Assert.True(director > 0, "The director of the Department of Health was not found.");
        Assert.Contains("Giám đốc Sở, Sở Y tế", html);
    }

    [Theory]
    [InlineData("So Y te")]
    [InlineData("sở y tế")]
    [InlineData("department of health")]
    public async Task FindsAnAgencyByItsName(string query)
    {
        var html = await admin.PublicPageAsync("/co-cau-to-chuc?q=" + Uri.EscapeDataString(query));

        Assert.Contains("<ul class=\"directory-agencies\">", html);
        Assert.Contains("<li><a href=\"/co-cau-to-chuc/so-y-te\">Sở Y tế</a></li>", html);
    }

    [Fact]
    public async Task TheEnglishSearchLinksToTheEnglishPages()
    {
        var html = await admin.PublicPageAsync("/en/organisation?q=so+y+te");

        Assert.Contains("<li><a href=\"/en/organisation/so-y-te\">Department of Health</a></li>", html);
    }

    [Fact]
    public async Task NothingFoundIsSaid()
    {
        var html = await admin.PublicPageAsync("/co-cau-to-chuc?q=zzzqqq");

        Assert.Contains("Không tìm thấy cán bộ hay cơ quan nào phù hợp.", html);
    }

    [Theory]
    [InlineData(5_000)]
    [InlineData(100_000)]
    public async Task AHugeQueryIsCutNeverAnError(int length)
    {
        using var citizen = admin.Factory.CreateBrowser();

        var response = await citizen.GetAsync("/co-cau-to-chuc?q=" + new string('a', length));

        Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.RequestUriTooLong or HttpStatusCode.BadRequest, $"Answered {(int)response.StatusCode}");
        if (response.StatusCode == HttpStatusCode.OK)
        {
            var html = await response.Content.ReadAsStringAsync();
            Assert.Contains($"value=\"{new string('a', 200)}\"", html);
            Assert.DoesNotContain(new string('a', 201), html);
        }
    }

    [Theory]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("\"><img src=x onerror=alert(1)>")]
    [InlineData("%_\\'; DROP TABLE Agencies; --")]
    public async Task MarkupAndSqlInTheQueryAreShownAsText(string query)
    {
        var html = await admin.PublicPageAsync("/co-cau-to-chuc?q=" + Uri.EscapeDataString(query));

        Assert.DoesNotContain("<script>alert", html);
        Assert.DoesNotContain("<img src=x", html);
        Assert.Contains("Không tìm thấy cán bộ hay cơ quan nào phù hợp.", html);
        Assert.True(await admin.Factory.WithDbAsync(db => Task.FromResult(db.Agencies.Count())) >= 15);
    }
}
