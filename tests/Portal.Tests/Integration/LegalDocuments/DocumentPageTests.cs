using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Portal.Tests.Builders;
using Portal.Web.LegalDocuments;
using Portal.Web.Publishing;

namespace Portal.Tests.Integration.LegalDocuments;

/// <summary>
/// A document's page: every field, its files, its relations from both ends, its legal force in words, its one
/// address, its print view and its JSON-LD; drafts and scheduled documents are not there until their time.
/// </summary>
public sealed partial class DocumentPageTests : IDisposable
{
    private readonly PortalFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    private async Task<(TestDocumentLists Lists, int Old, int New, string NewSlug, string OldSlug)> ReplacedPairAsync()
    {
        var lists = await _factory.AddDocumentListsAsync("trang-vb");
        var (old, oldSlug) = await _factory.AddDocumentAsync(new TestDocument
        {
            Number = "701/2020/QĐ-UBND", Lists = lists, IssuedOn = new(2020, 4, 1), OutOfForceOn = new(2024, 5, 1),
            Abstract = "Quy định giá đất giai đoạn 2020-2024",
        });
        var (@new, newSlug) = await _factory.AddDocumentAsync(new TestDocument
        {
            Number = "702/2024/QĐ-UBND", Lists = lists, FieldIds = [lists.FieldId, lists.OtherFieldId], IssuedOn = new(2024, 4, 20),
            EffectiveOn = new(2024, 5, 1), ExpiresOn = new(2029, 12, 31), Signer = "Trần Thị Bình", SignerTitle = "Phó Chủ tịch",
            Abstract = "Quy định bảng giá đất </script><script>alert(1)</script> giai đoạn 2024-2029",
            Files = [("Quyết định 702.pdf", DocumentFileFormat.Pdf, 250_000, "Điều 1. Phạm vi điều chỉnh"), ("Phụ lục bảng giá.xlsx", DocumentFileFormat.Xlsx, 3_500_000, "")],
            Acts = [(RelationKind.Replaces, old)],
        });
        return (lists, old, @new, newSlug, oldSlug);
    }

    [Fact]
    public async Task ThePageShowsEveryFieldTheFilesTheRelationsAndTheForce()
    {
        var (lists, old, @new, newSlug, oldSlug) = await ReplacedPairAsync();
        using var reader = _factory.CreateBrowser();

        var html = await reader.GetStringAsync($"/van-ban/{@new}/{newSlug}");
        var text = Html.Text(html);

        foreach (var shown in new[]
        {
            "702/2024/QĐ-UBND", lists.TypeName, lists.IssuerName, $"Đất đai trang-vb, Giáo dục trang-vb", "Trần Thị Bình", "Phó Chủ tịch",
            "Ngày ban hành 20/04/2024", "Ngày có hiệu lực 01/05/2024", "Ngày hết hiệu lực 31/12/2029", "Tình trạng hiệu lực Còn hiệu lực",
            "Quyết định 702.pdf (PDF, 245 KB, 2 trang)", "Phụ lục bảng giá.xlsx (XLSX, 3,3 MB)", "Thay thế", "701/2020/QĐ-UBND",
        })
        {
            Assert.Contains(shown, text);
        }
        var files = FileLinks().Matches(html).Select(m => m.Value).ToList();
        Assert.Equal(2, files.Count);
        Assert.DoesNotContain("download", files[0]);
        Assert.Contains("type=\"application/pdf\"", files[0]);
        Assert.Contains("download", files[1]);
        Assert.Contains("class=\"force-badge force-in-force\">Còn hiệu lực<", html);
        Assert.Contains("<nav class=\"breadcrumbs\"", html);
        Assert.DoesNotContain("<script>alert(1)</script>", html);

        var oldPage = Html.Text(await reader.GetStringAsync($"/van-ban/{old}/{oldSlug}"));
        Assert.Contains("Được thay thế bởi", oldPage);
        Assert.Contains("702/2024/QĐ-UBND", oldPage);
        Assert.Contains("Hết hiệu lực toàn bộ", oldPage);
    }

    [Fact]
    public async Task TheJsonLdIsLegislationWithItsForceAndWhatItChanges()
    {
        var (_, old, @new, newSlug, oldSlug) = await ReplacedPairAsync();
        using var reader = _factory.CreateBrowser();

        var html = await reader.GetStringAsync($"/van-ban/{@new}/{newSlug}");
        var json = JsonLd().Match(html).Groups[1].Value;
        using var data = JsonDocument.Parse(json);
        var root = data.RootElement;

        Assert.DoesNotContain("</script><script>", json);
        Assert.Equal("Legislation", root.GetProperty("@type").GetString());
        Assert.Equal("702/2024/QĐ-UBND", root.GetProperty("legislationIdentifier").GetString());
        Assert.StartsWith("Quyết định", root.GetProperty("legislationType").GetString());
        Assert.StartsWith("UBND tỉnh", root.GetProperty("legislationPassedBy").GetProperty("name").GetString());
        Assert.Equal("2024-04-20", root.GetProperty("legislationDate").GetString());
        Assert.Equal("https://schema.org/InForce", root.GetProperty("legislationLegalForce").GetString());
        Assert.Contains("</script><script>alert(1)</script>", root.GetProperty("abstract").GetString());
        var changes = root.GetProperty("legislationChanges");
        Assert.Equal("701/2020/QĐ-UBND", changes[0].GetProperty("legislationIdentifier").GetString());
        Assert.EndsWith($"/van-ban/{old}/{oldSlug}", changes[0].GetProperty("url").GetString());

        var oldJson = JsonLd().Match(await reader.GetStringAsync($"/van-ban/{old}/{oldSlug}")).Groups[1].Value;
        Assert.Equal("https://schema.org/NotInForce", JsonDocument.Parse(oldJson).RootElement.GetProperty("legislationLegalForce").GetString());
    }

    [Fact]
    public async Task AWrongSlugRedirectsToTheOneAddressAndThePrintViewShowsTheDocumentAlone()
    {
        var (_, _, @new, newSlug, _) = await ReplacedPairAsync();
        using var reader = _factory.CreateBrowser();

        var wrong = await reader.GetAsync($"/van-ban/{@new}/sai-duong-dan");
        Assert.Equal(HttpStatusCode.MovedPermanently, wrong.StatusCode);
        Assert.Equal($"/van-ban/{@new}/{newSlug}", wrong.Headers.Location?.OriginalString);

        var print = await reader.GetStringAsync($"/van-ban/{@new}/{newSlug}/ban-in");
        Assert.Contains("class=\"print-view\"", print);
        Assert.Contains("<meta name=\"robots\" content=\"noindex\">", print);
        Assert.Contains("702/2024/QĐ-UBND", Html.Text(print));
        Assert.Contains($"/van-ban/{@new}/{newSlug}</span>", print);
        Assert.DoesNotContain("site-header", print);
    }

    [Fact]
    public async Task DraftsScheduledAndUnknownDocumentsAreNotFoundAndAScheduledOneAppearsAtItsTime()
    {
        var lists = await _factory.AddDocumentListsAsync("an");
        var (draft, draftSlug) = await _factory.AddDocumentAsync(new TestDocument { Number = "801/2024/QĐ-AN", Lists = lists, Status = PublicationStatus.Draft, PublishedAt = null });
        var (scheduled, scheduledSlug) = await _factory.AddDocumentAsync(new TestDocument
        {
            Number = "802/2024/QĐ-AN", Lists = lists, PublishedAt = PortalFactory.Now.UtcDateTime.AddHours(2),
        });
        using var reader = _factory.CreateBrowser();

        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync($"/van-ban/{draft}/{draftSlug}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync($"/van-ban/{scheduled}/{scheduledSlug}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync($"/van-ban/{scheduled}/{scheduledSlug}/ban-in")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync("/van-ban/987654/khong-co")).StatusCode);
        Assert.DoesNotContain("802/2024/QĐ-AN", await reader.GetStringAsync($"/van-ban?co-quan={lists.IssuerId}"));

        _factory.Clock.Advance(TimeSpan.FromHours(2));

        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync($"/van-ban/{scheduled}/{scheduledSlug}")).StatusCode);
        Assert.Contains("802/2024/QĐ-AN", await reader.GetStringAsync($"/van-ban?co-quan={lists.IssuerId}"));
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync($"/van-ban/{draft}/{draftSlug}")).StatusCode);
    }

    [Fact]
    public async Task ARelationToADraftIsNotShown()
    {
        var lists = await _factory.AddDocumentListsAsync("nhap");
        var (draft, _) = await _factory.AddDocumentAsync(new TestDocument { Number = "811/2024/QĐ-NHAP", Lists = lists, Status = PublicationStatus.Draft, PublishedAt = null });
        var (shown, slug) = await _factory.AddDocumentAsync(new TestDocument { Number = "812/2024/QĐ-NHAP", Lists = lists, Acts = [(RelationKind.Amends, draft)] });
        using var reader = _factory.CreateBrowser();

        var text = Html.Text(await reader.GetStringAsync($"/van-ban/{shown}/{slug}"));

        Assert.DoesNotContain("811/2024/QĐ-NHAP", text);
        Assert.DoesNotContain("Văn bản liên quan", text);
    }

    [GeneratedRegex("<a href=\"/van-ban/tep/[^>]*>")]
    private static partial Regex FileLinks();

    [GeneratedRegex("<script type=\"application/ld\\+json\">(.*?)</script>", RegexOptions.Singleline)]
    private static partial Regex JsonLd();
}
