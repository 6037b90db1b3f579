using System.Net;
using System.Text.RegularExpressions;
using Portal.Web.Feeds;
using Portal.Web.Publishing;
using static Portal.Tests.Builders.SearchableDocuments;

namespace Portal.Tests.Integration.LegalDocuments;

/// <summary>
/// The search page with documents: the kind a filter that works without script (<c>loai</c>), a document's hit with its
/// number, type, issuer and abstract, and a search for a number and symbol putting that document first, however typed,
/// ahead of newer articles and documents sharing its words.
/// </summary>
public sealed partial class DocumentSearchPageTests : IDisposable
{
    private readonly PortalFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task TheKindFiltersThePageAndADocumentShowsItsNumberTypeIssuerAndAbstract()
    {
        var document = await AddAsync(_factory, new Spec("201/2026/QĐ-UBND", "Về việc quản lý bến đò Sa Đécqz", Issuer: "UBND tỉnh (trang tìm kiếm)"));
        var article = await AddArticleAsync(_factory, "Tin về bến đò", "Bến đò Sa Đécqz được nâng cấp.", daysAgo: 2);
        using var browser = _factory.CreateBrowser();

        var all = await browser.GetStringAsync("/search?q=sa+decqz");
        var documents = await browser.GetStringAsync("/search?q=sa+decqz&loai=van-ban");
        var articles = await browser.GetStringAsync("/search?q=sa+decqz&loai=tin-bai");

        Assert.Equal([Document(document), Article(article)], Hits(all));
        Assert.Equal([Document(document)], Hits(documents));
        Assert.Equal([Article(article)], Hits(articles));
        Assert.Contains("Quyết định 201/2026/QĐ-UBND</a>", documents);
        Assert.Contains("Văn bản · UBND tỉnh (trang tìm kiếm)", documents);
        Assert.Contains("<p class=\"summary\">Về việc quản lý bến đò Sa Đécqz</p>", documents);
        Assert.Contains("Tìm thấy 1 kết quả.", documents);
        // The filter as links and as the form's choice, the current one marked.
        Assert.Contains("<a href=\"/search?q=sa%20decqz&amp;loai=van-ban\" aria-current=\"page\">Văn bản</a>", documents);
        Assert.Contains("<a href=\"/search?q=sa%20decqz\">Tất cả</a>", documents);
        Assert.Contains("<option value=\"van-ban\" selected=\"selected\">Văn bản</option>", documents);
    }

    [Fact]
    public async Task ThePagerKeepsTheKind()
    {
        for (var i = 0; i < 11; i++)
        {
            await AddAsync(_factory, new Spec($"2{i:00}/2025/KH-UBND", $"Kế hoạch Lai Vungqz số {i}"));
        }
        using var browser = _factory.CreateBrowser();

        var first = await browser.GetStringAsync("/search?q=lai+vungqz&loai=van-ban");
        var second = await browser.GetStringAsync("/search?q=lai+vungqz&loai=van-ban&trang=2");

        Assert.Contains("href=\"/search?q=lai%20vungqz&amp;loai=van-ban&amp;trang=2\"", first);
        Assert.Single(Hits(second));
    }

    [Theory]
    [InlineData("/search?q=hoi&loai=document")]
    [InlineData("/search?q=hoi&loai=van-ban-khac")]
    [InlineData("/search?q=hoi&loai=VAN-BAN")]
    [InlineData("/search?q=hoi&loai=%3Cscript%3E")]
    [InlineData("/search?q=hoi&loai=van-ban&loai=tin-bai")]
    [InlineData("/search?loai=x")]
    public async Task AnUnknownKindIsABadRequestNeverAnError(string path)
    {
        using var browser = _factory.CreateBrowser();
        var before = _factory.Problems.All.Count;

        var response = await browser.GetAsync(path);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain("<script>", await response.Content.ReadAsStringAsync());
        Assert.DoesNotContain(_factory.Problems.All.Skip(before), e => e.Level >= Serilog.Events.LogEventLevel.Error);
    }

    [Fact]
    public async Task AnEmptyKindIsEveryKind()
    {
        using var browser = _factory.CreateBrowser();

        var response = await browser.GetAsync("/search?q=hoi+nghi&loai=");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<option value=\"\" selected=\"selected\">Tất cả</option>", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("8813/2025/QĐ-UBND")]
    [InlineData("8813 2025 qd ubnd")]
    [InlineData("8813/2025/qd-ubnd")]
    [InlineData("  8813 / 2025 / QĐ - UBND ")]
    public async Task ASearchForANumberPutsThatDocumentFirst(string query)
    {
        var (target, rivals) = await AddRivalsAsync();
        using var browser = _factory.CreateBrowser();

        var hits = Hits(await browser.GetStringAsync(PublicUrls.SearchPath(query)));

        Assert.Equal(Document(target), hits[0]);
        // The rivals follow: titles holding the whole phrase newest first, then titles holding its words apart.
        // The target holds the whole phrase too, so it is taken from its place on this page: ten hits; were it on a later
        // page, this one would be one longer.
        Assert.Equal(SearchModelPageSize, hits.Count);
        Assert.Equal(rivals.Take(SearchModelPageSize - 1), hits.Skip(1));
    }

    [Fact]
    public async Task ANumberIsNotFirstWhenTheDocumentIsNotVisibleOrTheQueryIsMoreThanTheNumber()
    {
        var (target, _) = await AddRivalsAsync();
        await AddAsync(_factory, new Spec("8814/2025/QĐ-UBND", "Dự thảo", Status: PublicationStatus.Draft));
        using var browser = _factory.CreateBrowser();

        Assert.NotEqual(Document(target), Hits(await browser.GetStringAsync("/search?q=8813+2025+qd+ubnd+tinh"))[0]);
        Assert.Empty(Hits(await browser.GetStringAsync("/search?q=8814/2025/QĐ-UBND")));
        Assert.NotEqual(Document(target), Hits(await browser.GetStringAsync("/search?q=2025+ubnd"))[0]);
    }

    private const int SearchModelPageSize = Portal.Web.Pages.SearchModel.PageSize;

    /// <summary>
    /// The old document 8813/2025/QĐ-UBND, and more newer title matches than a page holds: articles quoting the number,
    /// documents of the same year and symbol whose abstracts name it, and one of the same number with another symbol.
    /// </summary>
    private async Task<(int Target, List<string> Rivals)> AddRivalsAsync()
    {
        var target = await AddAsync(_factory, new Spec("8813/2025/QĐ-UBND", "Về việc ban hành quy chế", PublishedDaysAgo: 300));
        var rivals = new List<string>();
        for (var i = 0; i < 6; i++)
        {
            rivals.Add(Article(await AddArticleAsync(_factory, $"Triển khai Quyết định 8813/2025/QĐ-UBND, đợt {i}", "Nội dung.", daysAgo: 1 + i)));
        }
        for (var i = 0; i < 5; i++)
        {
            rivals.Add(Document(await AddAsync(_factory, new Spec($"{i + 1}/2025/QĐ-UBND", $"Sửa đổi Quyết định 8813 ban hành quy chế, lần {i}", PublishedDaysAgo: 10 + i))));
        }
        // The same number with another symbol holds the whole phrase in its title: it comes before the words apart.
        rivals.Insert(6, Document(await AddAsync(_factory, new Spec("8813/2025/QĐ-UBND-SNN", "Về việc khác", PublishedDaysAgo: 20))));
        return (target, rivals);
    }

    private static string Document(int id) => $"/van-ban/{id}/";

    private static string Article(int id) => $"/bai-viet/{id}/";

    /// <summary>Each hit's address up to what tells it: "/van-ban/{id}/" or "/bai-viet/{id}/".</summary>
    private static List<string> Hits(string html) =>
        [.. HitAddress().Matches(html).Select(m => m.Groups["document"].Success ? m.Groups["document"].Value : m.Groups["article"].Value)];

    [GeneratedRegex("<h2 class=\"article-list-title\"><a href=\"(?:(?<document>/van-ban/[0-9]+/)|(?<article>/bai-viet/[0-9]+/))")]
    private static partial Regex HitAddress();
}
