using System.Net;
using Portal.Tests.Builders;
using Portal.Tests.Security;
using Portal.Web.Accounts;
using Portal.Web.Participation;
using Portal.Web.Questions;

namespace Portal.Tests.Integration.Questions;

/// <summary>
/// Every XSS payload, typed as a question's title, text and asker's name, and as the answer, comes back as text: on
/// the public list and page, in the newsroom's queue, question and review pages, and in the e-mails' HTML.
/// </summary>
[Trait("Database", "SqliteOnly")] // what it checks is the rendering of stored text, which no provider changes
public sealed partial class QuestionPayloadsAreInertTests : IDisposable
{
    private readonly PortalFactory _factory = new();
    private readonly List<string> _problems = [];

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task InEveryPageAndMessage()
    {
        var payloads = XssCorpus.Payloads.Where(p => !p.Contains('\n') && !p.Contains('\r')).ToList();
        var questions = new List<(Question Question, string Payload)>();
        foreach (var (payload, number) in payloads.Select((p, i) => (p, i)))
        {
            // Numbered: two payloads may be the same once their control characters are dropped.
            var title = $"Hỏi {number} {payload}".Trim();
            title = title.Length > Question.TitleMaxLength ? title[..Question.TitleMaxLength] : title;
            var question = await _factory.AnsweredQuestionAsync(title, "Trả lời " + payload, f =>
            {
                f["Input.Body"] = payload;
                f["Input.Who.Name"] = payload.Length > 100 ? payload[..100].Trim() : payload.Trim();
            }, throughTheForm: false);
            questions.Add((question, payload));
        }
        using var citizen = _factory.CreateBrowser();
        using var approver = await _factory.SignedInAsync(Roles.Approver);
        for (var page = 1; page <= (questions.Count / 20) + 2; page++)
        {
            await PageAsync(citizen, page == 1 ? "/hoi-dap" : $"/hoi-dap?trang={page}", allowNotFound: page > 1);
        }
        for (var page = 1; page <= (questions.Count / 25) + 2; page++)
        {
            await PageAsync(approver, $"/admin/questions?trang={page}");
        }
        foreach (var (question, payload) in questions)
        {
            var address = $"/hoi-dap/{question.Id}/{question.Slug}";
            var document = await PageAsync(citizen, address);
            if (document?.QuerySelector("h1")?.TextContent != question.Title)
            {
                _problems.Add($"{address}: the title is not shown as typed");
            }
            if (document?.QuerySelector("main")?.TextContent.Contains(CitizenText.Clean(payload), StringComparison.Ordinal) != true)
            {
                _problems.Add($"{address}: the payload is not there to read");
            }
            await PageAsync(approver, $"/admin/questions/question/{question.Id}");
            await PageAsync(approver, $"/admin/questions/review/{question.Id}");
            foreach (var mail in await _factory.MailToAsync(question.Email))
            {
                // The letter's own inline styles and charset are its template's; anything else is a payload's.
                _problems.AddRange(ExecutableContent.In(mail.HtmlBody).Where(p => !TemplateStyle().IsMatch(p))
                    .Select(p => $"mail {mail.Purpose} #{question.Id}: {p}"));
                if (mail.Subject.Contains('\n') || mail.Subject.Contains('\r'))
                {
                    _problems.Add($"mail #{question.Id}: a line break in the subject");
                }
            }
        }
        Assert.True(_problems.Count == 0, string.Join("\n", _problems));
    }

    [System.Text.RegularExpressions.GeneratedRegex("^(style attribute on <(body|blockquote)>: <(body|blockquote) style=\"[^\"<>]*\">|<meta> element: <meta charset=\"utf-8\">)")]
    private static partial System.Text.RegularExpressions.Regex TemplateStyle();

    private async Task<AngleSharp.Dom.IDocument?> PageAsync(HttpClient browser, string address, bool allowNotFound = false)
    {
        var response = await browser.GetAsync(address);
        if (allowNotFound && response.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }
        if (response.StatusCode != HttpStatusCode.OK)
        {
            _problems.Add($"{address} answered {(int)response.StatusCode}");
        }
        var document = ExecutableContent.Parse(await response.Content.ReadAsStringAsync());
        _problems.AddRange(ExecutableContent.In(document).Select(problem => $"{address}: {problem}"));
        return document;
    }
}
