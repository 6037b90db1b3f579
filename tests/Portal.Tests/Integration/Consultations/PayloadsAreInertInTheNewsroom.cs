using System.Net;
using AngleSharp.Dom;
using Portal.Tests.Builders;
using Portal.Tests.Integration.Security;
using Portal.Tests.Security;
using Portal.Web.Accounts;

namespace Portal.Tests.Integration.Consultations;

/// <summary>
/// Every payload of the XSS corpus, as a consultation's title, explanation, section and drafting agency and as a
/// comment's name, organisation and text, is read back as text on every newsroom page showing it: parsed as a
/// browser would, nothing in the page could run script.
/// </summary>
[Trait("Database", "SqliteOnly")] // what it checks is the rendering of stored text, which no provider changes
public sealed class PayloadsAreInertInTheNewsroom : IDisposable
{
    private readonly PortalFactory _factory = new();
    private readonly List<string> _problems = [];

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task OnTheReviewModerationSummaryEditAndListPages()
    {
        var written = new List<(SavedConsultation Consultation, string Payload)>();
        foreach (var payload in XssCorpus.Payloads)
        {
            var issuer = await _factory.AddIssuerAsync(payload);
            var consultation = await _factory.AddConsultationAsync(new TestConsultation { Title = payload, IssuerId = issuer.Id, Sections = ["Mục " + payload] });
            await _factory.WithDbAsync(async db =>
            {
                (await db.Consultations.FindAsync(consultation.Id))!.Explanation = payload;
                return await db.SaveChangesAsync();
            });
            await _factory.AddCommentAsync(consultation, new TestComment { Name = payload, Organisation = payload, Text = payload, SectionIndex = 0 });
            written.Add((consultation, payload));
        }
        using var approver = await _factory.SignedInAsync(Roles.Approver);

        foreach (var (consultation, payload) in written)
        {
            var review = await PageAsync(approver, $"/admin/consultations/review/{consultation.Id}");
            var cells = review.QuerySelectorAll(".data-table td").Select(c => c.TextContent).ToList();
            ExpectText(consultation.Id, "title", cells.ElementAtOrDefault(0), payload);
            ExpectText(consultation.Id, "agency", cells.ElementAtOrDefault(1), payload);
            ExpectText(consultation.Id, "explanation", cells.ElementAtOrDefault(3), payload);
            ExpectText(consultation.Id, "section", review.QuerySelector(".data-table li")?.TextContent, "Mục " + payload);

            var queue = await PageAsync(approver, $"/admin/consultations/comments/{consultation.Id}");
            ExpectText(consultation.Id, "comment", queue.QuerySelector("td.plain-text")?.TextContent, payload);
            ExpectText(consultation.Id, "commenter", queue.QuerySelector("article")?.TextContent, payload, whole: false);

            var edit = await PageAsync(approver, $"/admin/consultations/edit/{consultation.Id}");
            ExpectText(consultation.Id, "title field", edit.QuerySelector("#Input_Title")?.TextContent, payload);
            await PageAsync(approver, $"/admin/consultations/summary/{consultation.Id}");
            await PageAsync(approver, $"/admin/consultations/export/{consultation.Id}");
        }
        for (var page = 1; page <= 4; page++)
        {
            await PageAsync(approver, $"/admin/consultations?trang={page}");
        }
        await PageAsync(approver, "/admin/consultations/comments");
        Assert.True(_problems.Count == 0, $"{_problems.Count} problems:\n" + string.Join("\n", _problems.Distinct().Take(60)));
    }

    private async Task<IDocument> PageAsync(HttpClient browser, string address)
    {
        var response = await browser.GetAsync(address);
        if (response.StatusCode != HttpStatusCode.OK)
        {
            _problems.Add($"{address} answered {(int)response.StatusCode}");
        }
        var document = ExecutableContent.Parse(await response.Content.ReadAsStringAsync());
        _problems.AddRange(ExecutableContent.In(document).Select(problem => $"{address}: {problem}"));
        return document;
    }

    private void ExpectText(int id, string what, string? actual, string payload, bool whole = true)
    {
        var text = actual is null ? null : HostileNewsroom.AsParsed(actual).Trim();
        var expected = HostileNewsroom.AsParsed(payload).Trim();
        if (text is null || (whole ? text != expected : !text.Contains(expected, StringComparison.Ordinal)))
        {
            _problems.Add($"#{id}: {what} does not show {expected} but {text}");
        }
    }
}
