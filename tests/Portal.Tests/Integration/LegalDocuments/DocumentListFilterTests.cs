using System.Net;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Portal.Tests.Builders;
using Portal.Web.LegalDocuments;
using Portal.Web.Pages;
using Portal.Web.Publishing;

namespace Portal.Tests.Integration.LegalDocuments;

/// <summary>
/// The document list's filters, alone and combined, with their counts (each under the other filters), drafts and
/// scheduled documents never counted, and what a reader or an attacker may type in the address.
/// </summary>
public sealed class DocumentListFilterTests(DocumentListFilterTests.Fixture fixture) : IClassFixture<DocumentListFilterTests.Fixture>
{
    public sealed class Fixture : IAsyncLifetime
    {
        public PortalFactory Factory { get; } = new();
        public TestDocumentLists A { get; private set; } = null!;
        public TestDocumentLists B { get; private set; } = null!;
        public int InForce { get; private set; }
        public int OutOfForce { get; private set; }
        public int NotYet { get; private set; }
        public int Partly { get; private set; }

        public async Task InitializeAsync()
        {
            A = await Factory.AddDocumentListsAsync("loca");
            B = await Factory.AddDocumentListsAsync("locb");
            (InForce, _) = await Factory.AddDocumentAsync(new TestDocument
            {
                Number = "915/2024/QĐ-UBND", Lists = A, IssuedOn = new(2024, 3, 15), Abstract = "Quy định bồi thường đất nông nghiệp xã Quỳnhzx",
            });
            (OutOfForce, _) = await Factory.AddDocumentAsync(new TestDocument
            {
                Number = "916/2024/QĐ-UBND", Lists = A, IssuerId = B.IssuerId, FieldIds = [A.OtherFieldId], IssuedOn = new(2024, 7, 1),
                ExpiresOn = new(2025, 1, 1), Abstract = "Kế hoạch tuyển sinh trường học",
            });
            (NotYet, _) = await Factory.AddDocumentAsync(new TestDocument
            {
                Number = "903/2023/CT-UBND", Lists = A, TypeId = B.TypeId, FieldIds = [A.FieldId, A.OtherFieldId], IssuedOn = new(2023, 5, 10),
                EffectiveOn = new(2027, 1, 1),
            });
            (Partly, _) = await Factory.AddDocumentAsync(new TestDocument
            {
                Number = "921/2025/NQ-HĐND", Lists = A, TypeId = B.TypeId, IssuerId = B.IssuerId, IssuedOn = new(2025, 2, 2),
                ForceByHand = LegalForce.PartlyOutOfForce, ForceNote = "Điều 5 được thay thế",
            });
            await Factory.AddDocumentAsync(new TestDocument { Number = "999/2024/QĐ-UBND", Lists = A, Status = PublicationStatus.Draft, PublishedAt = null });
            await Factory.AddDocumentAsync(new TestDocument { Number = "998/2024/QĐ-UBND", Lists = A, PublishedAt = PortalFactory.Now.UtcDateTime.AddDays(1) });
        }

        public Task DisposeAsync()
        {
            Factory.Dispose();
            return Task.CompletedTask;
        }
    }

    private readonly PortalFactory _factory = fixture.Factory;

    private async Task<LegalDocumentListing> ListAsync(string query, int page = 1)
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        var filter = LegalDocumentFilter.Parse(new QueryCollection(Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(query)))!;
        var listing = await scope.ServiceProvider.GetRequiredService<PublishedLegalDocuments>().ListAsync(filter, page, LegalDocumentsModel.PageSize);
        Assert.NotNull(listing);
        return listing;
    }

    private async Task<List<int>> IdsAsync(string query) => [.. (await ListAsync(query)).Page.Items.Select(i => i.Id)];

    [Fact]
    public async Task EachFilterAloneListsWhatItNamesNewestIssuedFirst()
    {
        var (a, b) = (fixture.A, fixture.B);
        Assert.Equal([fixture.OutOfForce, fixture.InForce], await IdsAsync($"loai={a.TypeId}"));
        Assert.Equal([fixture.InForce, fixture.NotYet], await IdsAsync($"co-quan={a.IssuerId}"));
        Assert.Equal([fixture.Partly, fixture.InForce, fixture.NotYet], await IdsAsync($"linh-vuc={a.FieldId}"));
        Assert.Equal([fixture.Partly, fixture.NotYet], await IdsAsync($"loai={b.TypeId}"));

        var in2024 = await IdsAsync("nam=2024");
        Assert.Contains(fixture.InForce, in2024);
        Assert.Contains(fixture.OutOfForce, in2024);
        Assert.DoesNotContain(fixture.NotYet, in2024);
        var firstHalf = await IdsAsync("tu=01/01/2024&den=30/06/2024");
        Assert.Contains(fixture.InForce, firstHalf);
        Assert.DoesNotContain(fixture.OutOfForce, firstHalf);
    }

    [Theory]
    [InlineData("so=915/2024/QĐ-UBND")]
    [InlineData("so=915+2024+qd+ubnd")]
    [InlineData("so=915%2F2024%2Fq%C4%91-ubnd")]
    [InlineData("so=915/2024")]
    [InlineData("q=Qu%E1%BB%B3nhzx")]
    [InlineData("q=quynhzx")]
    public async Task TheNumberIsFoundWithOrWithoutSlashesAndDiacriticsAndTheWordsInTheAbstract(string query) =>
        Assert.Equal([fixture.InForce], await IdsAsync(query));

    [Fact]
    public async Task APartOfTheNumberMatchesFromTheStartOfARun()
    {
        var found = await IdsAsync("so=91");

        Assert.Contains(fixture.InForce, found);
        Assert.Contains(fixture.OutOfForce, found);
        Assert.DoesNotContain(fixture.NotYet, found);
        Assert.DoesNotContain(fixture.Partly, found);
    }

    [Fact]
    public async Task TheLegalForceFilterReadsTheDatesTheRelationsAndTheHand()
    {
        var (a, b) = (fixture.A, fixture.B);
        Assert.Equal([fixture.InForce], await IdsAsync($"loai={a.TypeId}&hieu-luc=con-hieu-luc"));
        Assert.Equal([fixture.OutOfForce], await IdsAsync($"loai={a.TypeId}&hieu-luc=het-hieu-luc"));
        Assert.Equal([fixture.NotYet], await IdsAsync($"loai={b.TypeId}&hieu-luc=chua-co-hieu-luc"));
        Assert.Equal([fixture.Partly], await IdsAsync($"loai={b.TypeId}&hieu-luc=het-hieu-luc-mot-phan"));
    }

    [Fact]
    public async Task FiltersCombineAndDraftsAndScheduledDocumentsAreNeverListed()
    {
        var (a, b) = (fixture.A, fixture.B);
        Assert.Equal([fixture.InForce], await IdsAsync($"loai={a.TypeId}&co-quan={a.IssuerId}&nam=2024"));
        Assert.Equal([fixture.NotYet], await IdsAsync($"co-quan={a.IssuerId}&linh-vuc={a.OtherFieldId}"));
        Assert.Empty(await IdsAsync($"loai={a.TypeId}&co-quan={b.IssuerId}&nam=2023"));
        Assert.Equal(2, (await ListAsync($"loai={a.TypeId}")).Page.Total);
    }

    [Fact]
    public async Task EachFiltersCountsAreTakenUnderTheOtherFilters()
    {
        var (a, b) = (fixture.A, fixture.B);
        var facets = (await ListAsync($"loai={a.TypeId}&co-quan={a.IssuerId}")).Facets;

        // Types under the issuer A alone; issuers under the type A alone.
        Assert.Equal(1, facets.Types.Single(t => t.Value == a.TypeId).Count);
        Assert.Equal(1, facets.Types.Single(t => t.Value == b.TypeId).Count);
        Assert.Equal(1, facets.Issuers.Single(i => i.Value == a.IssuerId).Count);
        Assert.Equal(1, facets.Issuers.Single(i => i.Value == b.IssuerId).Count);
        // The rest under both.
        Assert.Equal(1, facets.Fields.Single(f => f.Value == a.FieldId).Count);
        Assert.Equal(0, facets.Fields.Single(f => f.Value == a.OtherFieldId).Count);
        Assert.Equal(1, facets.Years.Single(y => y.Value == 2024).Count);
        Assert.Equal([1, 0, 0, 0], facets.Forces.Select(f => f.Count));

        var byField = (await ListAsync($"linh-vuc={a.FieldId}")).Facets;
        Assert.Equal([1, 1, 1, 0], byField.Forces.Select(f => f.Count)); // in force, not yet, partly, out
        Assert.Equal(2, byField.Types.Single(t => t.Value == b.TypeId).Count);
    }

    [Fact]
    public async Task ThePageShowsTheFiltersTheirCountsTheListAndTheBadges()
    {
        using var reader = _factory.CreateBrowser();
        var html = await reader.GetStringAsync($"/van-ban?loai={fixture.A.TypeId}&q=quynhzx");
        var text = Html.Text(html);

        Assert.Contains($"<option value=\"{fixture.A.TypeId}\" selected=\"selected\">{fixture.A.TypeName} (1)</option>", html);
        Assert.Contains("value=\"quynhzx\"", html);
        Assert.Contains("915/2024/QĐ-UBND", text);
        Assert.Contains("Còn hiệu lực", text);
        Assert.Contains("Ban hành: 15/03/2024", text);
        Assert.DoesNotContain("916/2024/QĐ-UBND", text);
        Assert.Contains($"/van-ban.csv?q=quynhzx&amp;loai={fixture.A.TypeId}", html);
        Assert.Contains("<meta name=\"robots\" content=\"noindex\">", html);
    }

    [Theory]
    [InlineData("nam=99999", "Năm ban hành phải từ")]
    [InlineData("nam=abc", "Năm ban hành “abc” không hợp lệ")]
    [InlineData("tu=32/13/2024", "Từ ngày “32/13/2024” không phải một ngày")]
    [InlineData("den=2024-01-01", "Đến ngày “2024-01-01” không phải một ngày")]
    [InlineData("tu=01/02/2024&den=01/01/2024", "“Từ ngày” sau “Đến ngày”")]
    [InlineData("loai=999999", "Không có loại văn bản như đã chọn")]
    [InlineData("co-quan=-1", "Cơ quan ban hành “-1” không hợp lệ")]
    [InlineData("linh-vuc=2147483648", "Lĩnh vực “2147483648” không hợp lệ")]
    [InlineData("hieu-luc=mot-ngay-nao-do", "Không có tình trạng hiệu lực như đã chọn")]
    [InlineData("loai=1&loai=2", "Loại văn bản được chọn nhiều lần")]
    public async Task AValueThatCannotBeReadIsLeftOutWithAMessage(string query, string message)
    {
        using var reader = _factory.CreateBrowser();
        var response = await reader.GetAsync("/van-ban?" + query);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, Html.Text(await response.Content.ReadAsStringAsync()));
    }

    [Theory]
    [InlineData("trang=-1")]
    [InlineData("trang=0")]
    [InlineData("trang=abc")]
    public async Task AnUnreadablePageNumberIsABadRequest(string query)
    {
        using var reader = _factory.CreateBrowser();
        Assert.Equal(HttpStatusCode.BadRequest, (await reader.GetAsync("/van-ban?" + query)).StatusCode);
    }

    [Fact]
    public async Task WordsLongerThanAnySearchAreABadRequestAndAPagePastTheLastIsNotFound()
    {
        using var reader = _factory.CreateBrowser();
        Assert.Equal(HttpStatusCode.BadRequest, (await reader.GetAsync("/van-ban?q=" + new string('a', 5_000))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync($"/van-ban?loai={fixture.A.TypeId}&trang=2")).StatusCode);
    }

    [Fact]
    public async Task SqlAndHtmlInEveryParameterAreTextNeverCodeNorAnError()
    {
        string[] names = ["q", "so", "loai", "co-quan", "linh-vuc", "nam", "tu", "den", "hieu-luc"];
        string[] values = ["' OR 1=1 --", "\"><script>alert(1)</script>", "1; DROP TABLE \"LegalDocuments\"", "%00", "1e9", "😀", "\u0000"];
        using var reader = _factory.CreateBrowser();
        foreach (var name in names)
        {
            foreach (var value in values)
            {
                var response = await reader.GetAsync($"/van-ban?{name}={Uri.EscapeDataString(value)}");
                var html = await response.Content.ReadAsStringAsync();

                Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.BadRequest, $"{name}={value}: {response.StatusCode}");
                Assert.DoesNotContain("<script>alert(1)</script>", html);
            }
        }
        Assert.Equal(2, (await ListAsync($"co-quan={fixture.A.IssuerId}&so=")).Page.Total);
    }

    [Fact]
    public async Task PagesOfAFilteredListFollowEachOtherAndKeepTheFilters()
    {
        var lists = await _factory.AddDocumentListsAsync("trang");
        var ids = new List<int>();
        for (var i = 0; i < 45; i++)
        {
            ids.Add((await _factory.AddDocumentAsync(new TestDocument { Number = $"{i + 1}/2022/QĐ-TRANG", Lists = lists, IssuedOn = new DateOnly(2022, 1, 1).AddDays(i) })).Id);
        }
        ids.Reverse();

        var pages = new List<int>();
        for (var page = 1; page <= 3; page++)
        {
            var listing = await ListAsync($"co-quan={lists.IssuerId}", page);
            Assert.Equal(3, listing.Page.PageCount);
            pages.AddRange(listing.Page.Items.Select(i => i.Id));
        }
        Assert.Equal(ids, pages);

        using var reader = _factory.CreateBrowser();
        var html = await reader.GetStringAsync($"/van-ban?co-quan={lists.IssuerId}&trang=2");
        Assert.Contains($"href=\"/van-ban?co-quan={lists.IssuerId}&amp;trang=3\"", html);
        Assert.Contains($"href=\"/van-ban?co-quan={lists.IssuerId}\"", html);
    }
}
