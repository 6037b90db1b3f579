using System.Net;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Portal.Tests.Builders;
using Portal.Web.Accounts;
using Portal.Web.Consultations;

namespace Portal.Tests.Integration.Consultations;

/// <summary>The drafting team's exports: confirmed comments only, text as typed and inert, no e-mail address or phone.</summary>
public sealed class ExportingComments : IDisposable
{
    private const string Payload = "<script>alert(1)</script><img src=x onerror=alert(2)>";
    private readonly PortalFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task TheCsvHasABomEscapesQuotesAndGuardsFormulas()
    {
        var (consultation, formula, hostile, unconfirmed) = await CommentsAsync();
        using var approver = await _factory.SignedInAsync(Roles.Approver);

        var response = await approver.GetAsync($"/admin/consultations/export/{consultation.Id}?handler=Csv");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("text/csv", response.Content.Headers.ContentType!.ToString(), StringComparison.Ordinal);
        Assert.Contains($"gop-y-du-thao-{consultation.Id}.csv", response.Content.Headers.ContentDisposition!.ToString(), StringComparison.Ordinal);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(Encoding.UTF8.Preamble.ToArray(), bytes[..3]);
        var csv = Encoding.UTF8.GetString(bytes[3..]);
        Assert.StartsWith("#,Mục góp ý,Họ và tên,\"Cơ quan, tổ chức\",Ngày gửi", csv, StringComparison.Ordinal);
        Assert.Contains("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"bấm\"\")\"", csv, StringComparison.Ordinal);
        Assert.Contains("'+84 Tổ chức", csv, StringComparison.Ordinal);
        Assert.Contains(Payload, csv, StringComparison.Ordinal);
        Assert.Contains("\"Dòng một\nDòng \"\"hai\"\"\"", csv.Replace("\r\n", "\n", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("Toàn bộ dự thảo", csv, StringComparison.Ordinal);
        Assert.Contains("Điều 2. Đối tượng áp dụng", csv, StringComparison.Ordinal);
        Assert.Contains("Không đăng", csv, StringComparison.Ordinal);
        Assert.DoesNotContain(unconfirmed.Text, csv, StringComparison.Ordinal);
        foreach (var comment in new[] { formula, hostile })
        {
            Assert.DoesNotContain(comment.Email, csv, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(comment.Phone, csv, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task TheDocxOpensWithTheTitleAndATableOfTheCommentsAsLiteralText()
    {
        var (consultation, formula, hostile, unconfirmed) = await CommentsAsync();
        using var approver = await _factory.SignedInAsync(Roles.Approver);
        var page = Html.Text(await approver.GetStringAsync($"/admin/consultations/export/{consultation.Id}"));
        Assert.Contains("3 góp ý", page, StringComparison.Ordinal);

        var response = await approver.GetAsync($"/admin/consultations/export/{consultation.Id}?handler=Docx");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", response.Content.Headers.ContentType!.MediaType);
        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        using var document = WordprocessingDocument.Open(stream, false);
        var body = document.MainDocumentPart!.Document!.Body!;
        Assert.Contains(consultation.Title, body.Elements<Paragraph>().First().InnerText, StringComparison.Ordinal);
        var rows = body.Descendants<TableRow>().ToList();
        Assert.Equal(4, rows.Count);
        Assert.Equal(["#", "Mục góp ý", "Họ và tên", "Cơ quan, tổ chức", "Ngày gửi", "Trạng thái", "Nội dung góp ý"],
            rows[0].Elements<TableCell>().Select(c => c.InnerText));
        var hostileRow = rows.Single(r => r.InnerText.Contains("Người thử", StringComparison.Ordinal)).Elements<TableCell>().ToList();
        Assert.Equal("Tên " + Payload, hostileRow[2].InnerText);
        Assert.Equal(hostile.Text, string.Join('\n', hostileRow[6].Descendants<Text>().Select(t => t.Text)));
        Assert.Equal(2, hostileRow[6].Descendants<Break>().Count() + 1);
        // Nothing of the payload became markup in the document: only text, runs and breaks.
        Assert.Empty(body.Descendants<Hyperlink>());
        Assert.Empty(document.MainDocumentPart.HyperlinkRelationships);
        var xml = body.OuterXml;
        Assert.DoesNotContain(formula.Email, xml, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(hostile.Phone, xml, StringComparison.Ordinal);
        Assert.DoesNotContain(unconfirmed.Text, xml, StringComparison.Ordinal);
    }

    private async Task<(SavedConsultation Consultation, TestComment Formula, TestComment Hostile, TestComment Unconfirmed)> CommentsAsync()
    {
        var consultation = await _factory.AddConsultationAsync();
        var formula = new TestComment
        {
            Text = "=HYPERLINK(\"http://evil.example\",\"bấm\")",
            Organisation = "+84 Tổ chức",
            State = CommentState.Rejected,
            CreatedAt = PortalFactory.Now.UtcDateTime.AddDays(-3),
        };
        var hostile = new TestComment
        {
            Name = "Tên " + Payload,
            Text = "Người thử: " + Payload + "\nDòng hai\u0001",
            Phone = "0987654321",
            SectionIndex = 1,
            State = CommentState.Published,
        };
        var quoted = new TestComment { Text = "Dòng một\nDòng \"hai\"", CreatedAt = PortalFactory.Now.UtcDateTime.AddDays(-1) };
        var unconfirmed = new TestComment { Text = "Không được xuất vì chưa xác nhận", State = CommentState.Unconfirmed };
        foreach (var comment in new[] { formula, hostile, quoted, unconfirmed })
        {
            await _factory.AddCommentAsync(consultation, comment);
        }
        return (consultation, formula, hostile with { Text = "Người thử: " + Payload + "\nDòng hai" }, unconfirmed);
    }
}
