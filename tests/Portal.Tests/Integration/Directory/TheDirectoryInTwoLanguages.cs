using System.Net;

namespace Portal.Tests.Integration;

public sealed class TheDirectoryInTwoLanguages(AdministratorFixture admin) : IClassFixture<AdministratorFixture>
{
    [Fact]
    public async Task TheTreeNestsThePeoplesCommitteeItsDepartmentsAndTheirUnitsWithTheirPhones()
    {
        var html = await admin.PublicPageAsync("/co-cau-to-chuc");

        var committee = html.IndexOf("Ủy ban nhân dân tỉnh Bà Rịa - Vũng Tàu</a>", StringComparison.Ordinal);
        var home = html.IndexOf("<a href=\"/co-cau-to-chuc/so-noi-vu\">Sở Nội vụ</a>", StringComparison.Ordinal);
        var unit = html.IndexOf("<a href=\"/co-cau-to-chuc/phong-to-chuc-bien-che\">", StringComparison.Ordinal);
        Assert.True(committee > 0 && home > committee && unit > home, "The tree is not in order: committee, department, unit.");
        // The committee's units, the Office's (before the Department of Home Affairs) and the department's own.
        Assert.Equal(3, html[committee..unit].Split("<ul class=\"directory-tree\">").Length - 1);
        Assert.Contains("<a href=\"tel:02543852000\">0254 3852 000</a>", html);
        Assert.Contains("<html lang=\"vi\">", html);
    }

    [Fact]
    public async Task TheEnglishTreeHasTheEnglishNamesAndMarksTheVietnameseOnesStandingIn()
    {
        var html = await admin.PublicPageAsync("/en/organisation");

        Assert.Contains("<html lang=\"en\">", html);
        Assert.Contains("<a href=\"/en/organisation/so-noi-vu\">Department of Home Affairs</a>", html);
        Assert.Contains("<a href=\"/en/organisation/phong-to-chuc-bien-che\"><span lang=\"vi\">Phòng Tổ chức, biên chế và tổ chức phi chính phủ</span> <span class=\"fallback-note\">(in Vietnamese)</span></a>", html);
        Assert.Contains("<h1 class=\"section-title\">Organisation</h1>", html);
    }

    [Fact]
    public async Task AnAgencysPageShowsItsContactsParentsUnitsAndOfficialsInOrderWithTheirAnchors()
    {
        var committee = await admin.Factory.AgencyAsync("uy-ban-nhan-dan-tinh");
        var html = await admin.PublicPageAsync("/co-cau-to-chuc/van-phong-ubnd-tinh");

        Assert.Contains("<a href=\"/co-cau-to-chuc/uy-ban-nhan-dan-tinh\">Ủy ban nhân dân tỉnh Bà Rịa - Vũng Tàu</a>", html);
        Assert.Contains("<a href=\"tel:02543852010\">0254 3852 010</a>", html);
        Assert.Contains("<a href=\"mailto:vpubnd@baria-vungtau.gov.vn\">", html);
        Assert.Contains("<a href=\"https://vpubnd.baria-vungtau.gov.vn\" rel=\"noopener noreferrer\">", html);
        Assert.Contains("<a href=\"/co-cau-to-chuc/trung-tam-phuc-vu-hanh-chinh-cong\">Trung tâm Phục vụ hành chính công tỉnh</a>", html);
        var chief = html.IndexOf("Võ Thị Thu Trang", StringComparison.Ordinal);
        var deputy = html.IndexOf("Đặng Minh Khoa", StringComparison.Ordinal);
        Assert.True(chief > 0 && deputy > chief);

        var leaders = await admin.PublicPageAsync("/co-cau-to-chuc/uy-ban-nhan-dan-tinh");
        foreach (var official in committee.Officials)
        {
            Assert.Contains($"<li id=\"can-bo-{official.Id}\" class=\"official\">", leaders);
            Assert.Contains($"href=\"/co-cau-to-chuc/can-bo/{official.Id}.vcf\"", leaders);
        }
        Assert.Contains("<li>Tổ chức thi hành Hiến pháp", leaders);
    }

    [Fact]
    public async Task TheEnglishAgencyPageTakesTheEnglishTextsAndMarksEachFallback()
    {
        var english = await admin.PublicPageAsync("/en/organisation/uy-ban-nhan-dan-tinh");
        Assert.Contains("Chairman of the Provincial People's Committee", english.Replace("&#x27;", "'", StringComparison.Ordinal));
        Assert.Contains("Implements the Constitution", english);

        foreach (var slug in new[] { "phong-to-chuc-bien-che", "trung-tam-cong-nghe-thong-tin-va-truyen-thong" })
        {
            var html = await admin.PublicPageAsync($"/en/organisation/{slug}");
            Assert.Contains("<h1 class=\"article-title\"><span lang=\"vi\">", html);
            Assert.Contains("<span class=\"fallback-note\">(in Vietnamese)</span>", html);
            Assert.Contains("<p class=\"fallback-note\">", html);
            Assert.Contains("</p><div lang=\"vi\">", html);
        }
    }

    [Theory]
    [InlineData("/co-cau-to-chuc", "/en/organisation")]
    [InlineData("/co-cau-to-chuc/so-y-te", "/en/organisation/so-y-te")]
    public async Task BothAddressesLinkEachOtherWithHreflang(string vietnamese, string english)
    {
        foreach (var page in new[] { vietnamese, english })
        {
            var html = await admin.PublicPageAsync(page);
            Assert.Contains($"<link rel=\"alternate\" hreflang=\"vi\" href=\"http://localhost{vietnamese}\">", html);
            Assert.Contains($"<link rel=\"alternate\" hreflang=\"en\" href=\"http://localhost{english}\">", html);
            Assert.Contains($"<link rel=\"alternate\" hreflang=\"x-default\" href=\"http://localhost{vietnamese}\">", html);
            Assert.Contains($"<link rel=\"canonical\" href=\"http://localhost{page}\">", html);
        }
    }

    [Theory]
    [InlineData("/co-cau-to-chuc/khong-co-co-quan-nay")]
    [InlineData("/en/organisation/khong-co-co-quan-nay")]
    [InlineData("/co-cau-to-chuc/khong-co-co-quan-nay.vcf")]
    [InlineData("/co-cau-to-chuc/can-bo/999999.vcf")]
    [InlineData("/co-cau-to-chuc/can-bo/99999999999999999999.vcf")]
    [InlineData("/co-cau-to-chuc/can-bo/-1.vcf")]
    [InlineData("/co-cau-to-chuc/%3Cscript%3E")]
    public async Task AnUnknownAgencyOrOfficialIsNotFound(string url)
    {
        using var citizen = admin.Factory.CreateBrowser();
        var response = await citizen.GetAsync(url);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("<script>", await response.Content.ReadAsStringAsync());
    }
}
