using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Portal.Tests.Builders;
using Portal.Tests.Integration.Caching;
using Portal.Web.LegalDocuments;
using Portal.Web.Publishing;

namespace Portal.Tests.Integration.LegalDocuments;

/// <summary>
/// <c>/van-ban.json</c> and <c>/van-ban.csv</c>: every document the list's filters match, unpaged and past one batch,
/// every field, absolute file addresses and relations; CSV that Excel reads (BOM, RFC 4180) and never runs; kept
/// out of the page cache.
/// </summary>
public sealed class DocumentOpenDataTests(DocumentOpenDataTests.Fixture fixture) : IClassFixture<DocumentOpenDataTests.Fixture>
{
    public sealed class Fixture : IAsyncLifetime
    {
        public PortalFactory Factory { get; } = new();
        public TestDocumentLists Lists { get; private set; } = null!;
        public TestDocumentLists Many { get; private set; } = null!;
        public int Tricky { get; private set; }
        public int Target { get; private set; }

        public async Task InitializeAsync()
        {
            Lists = await Factory.AddDocumentListsAsync("mo");
            (Target, _) = await Factory.AddDocumentAsync(new TestDocument { Number = "601/2019/QĐ-MO", Lists = Lists, IssuedOn = new(2019, 1, 2) });
            (Tricky, _) = await Factory.AddDocumentAsync(new TestDocument
            {
                Number = "602/2024/QĐ-MO", Lists = Lists, IssuedOn = new(2024, 6, 1), Signer = "=HYPERLINK(\"http://x\")",
                Abstract = "+Về việc \"thí điểm\", giao đất; dòng hai\ndòng ba", SignerTitle = "@Chủ tịch", ForceNote = "-1",
                Files = [("Văn bản gốc.pdf", DocumentFileFormat.Pdf, 1000, "nội dung")],
                Acts = [(RelationKind.Amends, Target)],
            });
            await Factory.AddDocumentAsync(new TestDocument { Number = "603/2024/QĐ-MO", Lists = Lists, Status = PublicationStatus.Draft, PublishedAt = null });

            // More than one batch, so that reading by keyset is seen to go on past the first.
            Many = await Factory.AddDocumentListsAsync("nhieu");
            await using var scope = Factory.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<Portal.Web.Data.PortalDbContext>();
            var at = PortalFactory.Now.UtcDateTime.AddDays(-1);
            db.LegalDocuments.AddRange(Enumerable.Range(1, LegalDocumentOpenData.BatchSize + 37).Select(i => new LegalDocument
            {
                Number = $"{i}/2021/KH-NHIEU", NumberKey = LegalDocumentNumber.Key($"{i}/2021/KH-NHIEU"), Slug = $"kh-nhieu-{i}", Abstract = $"Kế hoạch số {i}",
                DocumentTypeId = Many.TypeId, IssuerId = Many.IssuerId, IssuedOn = new DateOnly(2021, 1, 1).AddDays(i % 40),
                Status = PublicationStatus.Published, PublishedAt = at, CreatedAt = at, UpdatedAt = at, Version = Guid.NewGuid(),
            }));
            await db.SaveChangesAsync();
        }

        public Task DisposeAsync()
        {
            Factory.Dispose();
            return Task.CompletedTask;
        }
    }

    private readonly PortalFactory _factory = fixture.Factory;

    [Fact]
    public async Task TheJsonHoldsEveryMatchingDocumentWithItsFieldsFilesAndRelations()
    {
        using var reader = _factory.CreateBrowser();
        var response = await reader.GetAsync($"/van-ban.json?co-quan={fixture.Lists.IssuerId}");

        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var documents = json.RootElement.EnumerateArray().ToList();
        Assert.Equal(["602/2024/QĐ-MO", "601/2019/QĐ-MO"], documents.Select(d => d.GetProperty("number").GetString()));
        var tricky = documents[0];
        Assert.Equal(fixture.Tricky, tricky.GetProperty("id").GetInt32());
        Assert.Equal("2024-06-01", tricky.GetProperty("issuedOn").GetString());
        Assert.Equal("InForce", tricky.GetProperty("legalForce").GetString());
        Assert.Equal(["Đất đai mo"], tricky.GetProperty("fields").EnumerateArray().Select(f => f.GetString()));
        var file = tricky.GetProperty("files")[0];
        Assert.StartsWith("http://localhost/van-ban/tep/", file.GetProperty("url").GetString());
        Assert.EndsWith("/V%C4%83n%20b%E1%BA%A3n%20g%E1%BB%91c.pdf", file.GetProperty("url").GetString());
        Assert.Equal(1000, file.GetProperty("length").GetInt64());
        var relation = tricky.GetProperty("relations")[0];
        Assert.Equal("Amends", relation.GetProperty("kind").GetString());
        Assert.Equal("601/2019/QĐ-MO", relation.GetProperty("number").GetString());
        Assert.Equal("acted-on-by", documents[1].GetProperty("relations")[0].GetProperty("direction").GetString());
    }

    [Fact]
    public async Task TheCsvHasABomQuotesAsRfc4180AndGuardsAgainstFormulas()
    {
        using var reader = _factory.CreateBrowser();
        var response = await reader.GetAsync($"/van-ban.csv?co-quan={fixture.Lists.IssuerId}&nam=2024");
        var bytes = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var text = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);
        Assert.StartsWith(string.Join(',', LegalDocumentOpenData.CsvHeader) + "\r\n", text);
        Assert.Contains("\"'+Về việc \"\"thí điểm\"\", giao đất; dòng hai\ndòng ba\"", text);
        Assert.Contains("\"'=HYPERLINK(\"\"http://x\"\")\"", text);
        // An escaped cell is quoted too, so that a reader that strips the apostrophe still sees text.
        Assert.Contains(",\"'@Chủ tịch\",", text);
        Assert.Contains(",\"'-1\",", text);
        Assert.Contains("Sửa đổi, bổ sung 601/2019/QĐ-MO http://localhost/van-ban/", text);
        Assert.DoesNotContain("601/2019/QĐ-MO,", text); // 2019 is filtered out
        Assert.DoesNotContain("603/2024", text);         // a draft
    }

    [Fact]
    public async Task AllMatchingRowsComePastOneBatchInTheListsOrder()
    {
        using var reader = _factory.CreateBrowser();
        using var json = JsonDocument.Parse(await reader.GetStringAsync($"/van-ban.json?loai={fixture.Many.TypeId}"));
        var rows = json.RootElement.EnumerateArray().Select(d => (Issued: d.GetProperty("issuedOn").GetString()!, Id: d.GetProperty("id").GetInt32())).ToList();

        Assert.Equal(LegalDocumentOpenData.BatchSize + 37, rows.Count);
        Assert.Equal(rows.Count, rows.Select(r => r.Id).Distinct().Count());
        Assert.Equal(rows.OrderByDescending(r => r.Issued, StringComparer.Ordinal).ThenByDescending(r => r.Id), rows);

        var csv = await reader.GetStringAsync($"/van-ban.csv?loai={fixture.Many.TypeId}");
        Assert.Equal(LegalDocumentOpenData.BatchSize + 38, csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public async Task OpenDataIsKeptOutOfThePageCacheButBrowsersMayKeepItAWhile()
    {
        using var reader = _factory.CreateBrowser();
        foreach (var address in new[] { "/van-ban.json", "/van-ban.csv" })
        {
            var first = await reader.GetAsync(address);
            var second = await reader.GetAsync(address);

            Assert.Equal(HttpStatusCode.OK, first.StatusCode);
            Assert.False(second.CameFromCache(), address);
            Assert.Equal(LegalDocumentEndpoints.OpenDataCacheControl, first.Headers.CacheControl?.ToString());
        }
    }

    [Theory]
    [InlineData("/van-ban.json?nam=99999")]
    [InlineData("/van-ban.csv?tu=32/13/2024&loai=abc")]
    [InlineData("/van-ban.json?q=%27%20OR%201%3D1%20--&so=%3Cscript%3E")]
    public async Task BadFiltersAreLeftOutNeverAnError(string address)
    {
        using var reader = _factory.CreateBrowser();
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync(address)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await reader.GetAsync("/van-ban.csv?q=" + new string('x', 5_000))).StatusCode);
    }
}
