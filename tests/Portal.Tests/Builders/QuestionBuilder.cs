using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Tests.Integration;
using Portal.Web.Editing;
using Portal.Web.Mail;
using Portal.Web.Participation;
using Portal.Web.Publishing;
using Portal.Web.Questions;

namespace Portal.Tests.Builders;

/// <summary>Questions as citizens and the newsroom make them: through the ask form, the e-mailed link, the desk and the workflow.</summary>
public static partial class QuestionBuilder
{
    public const string AskPath = "/hoi-dap/dat-cau-hoi";

    /// <summary>A distinct title, so a test finds its own question among the seeds and other tests' rows.</summary>
    public static string NewTitle(string words = "Hỏi về thủ tục") => $"{words} {Guid.NewGuid():N}"[..(words.Length + 9)];

    public static async Task<int> FirstFieldIdAsync(this PortalFactory factory) =>
        await factory.WithDbAsync(db => db.DocumentFields.OrderBy(f => f.Id).Select(f => f.Id).FirstAsync());

    public static async Task<int> FirstAgencyIdAsync(this PortalFactory factory) =>
        await factory.WithDbAsync(db => db.DocumentIssuers.OrderBy(f => f.Id).Select(f => f.Id).FirstAsync());

    /// <summary>The ask form's fields, filled as a citizen does; <paramref name="change"/> spoils some.</summary>
    public static Dictionary<string, string> Form(int fieldId, string title, string email, Action<Dictionary<string, string>>? change = null)
    {
        var form = new Dictionary<string, string>
        {
            ["Input.Title"] = title,
            ["Input.FieldId"] = fieldId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Input.Body"] = "Xin hỏi thủ tục cần những giấy tờ gì?\nXin cảm ơn.",
            ["Input.PublishConsent"] = "true",
            ["Input.Who.Name"] = "Nguyễn Thị Hỏi",
            ["Input.Who.Email"] = email,
            ["Input.Who.Phone"] = "0912 345 678",
            ["Input.Who.ShowName"] = "true",
            ["Input.Who.Consent"] = "true",
            ["Input.Who.Website"] = "",
        };
        change?.Invoke(form);
        return form;
    }

    public static string NewEmail() => $"nguoi-hoi-{Guid.NewGuid():N}@example.com";

    /// <summary>Sends the form through the page, as a browser does; the answer is the POST's.</summary>
    public static Task<HttpResponseMessage> AskAsync(this HttpClient browser, Dictionary<string, string> form) =>
        browser.SubmitFormAsync(AskPath, form);

    /// <summary>The question with that title as typed (and as kept: <see cref="CitizenText.Clean"/>).</summary>
    public static Task<Question?> QuestionTitledAsync(this PortalFactory factory, string title)
    {
        var kept = CitizenText.Clean(title);
        return factory.WithDbAsync(db => db.Questions.AsNoTracking().FirstOrDefaultAsync(q => q.Title == kept));
    }

    public static Task<List<OutboxMessage>> MailToAsync(this PortalFactory factory, string address) =>
        factory.WithDbAsync(db => db.OutboxMessages.AsNoTracking().Where(m => m.ToAddress == address).OrderBy(m => m.Id).ToListAsync());

    /// <summary>The confirmation token in the message's link.</summary>
    public static string TokenIn(OutboxMessage message)
    {
        var match = ConfirmationLink().Match(message.TextBody);
        Assert.True(match.Success, "The message has no confirmation link: " + System.Text.Json.JsonSerializer.Serialize(message.TextBody));
        return match.Groups[1].Value;
    }

    /// <summary>Follows the link as the shared page does: every registered target is asked.</summary>
    public static async Task<ConfirmationOutcome> ConfirmAsync(this PortalFactory factory, string token)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var now = factory.Clock.GetUtcNow().UtcDateTime;
        foreach (var target in scope.ServiceProvider.GetServices<IConfirmationTarget>())
        {
            var outcome = await target.ConfirmAsync(ConfirmationToken.Hash(token), now, CancellationToken.None);
            if (outcome.Kind != ConfirmationOutcomeKind.NotFound)
            {
                return outcome;
            }
        }
        return ConfirmationOutcome.NotFound;
    }

    /// <summary>A question asked through the form and confirmed by its link: in the newsroom's queue.</summary>
    /// <remarks>
    /// Many questions from one test go through the service (<paramref name="throughTheForm"/> false): the form's
    /// rate limit allows a citizen's few, not a test's hundred.
    /// </remarks>
    public static async Task<Question> ConfirmedQuestionAsync(this PortalFactory factory, string title, Action<Dictionary<string, string>>? change = null,
        bool throughTheForm = true)
    {
        var email = NewEmail();
        var form = Form(await factory.FirstFieldIdAsync(), title, email, change);
        if (throughTheForm)
        {
            using var browser = factory.CreateBrowser();
            var sent = await browser.AskAsync(form);
            Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        }
        else
        {
            var stamp = await factory.WithAsync<ParticipationGuard, string>(guard => Task.FromResult(guard.IssueStamp()));
            var outcome = await factory.WithAsync<QuestionSubmissions, AskOutcome>(s => s.SubmitAsync(Input(form, stamp)));
            Assert.True(outcome.Accepted, string.Join("; ", outcome.Errors.Values));
        }
        var mail = Assert.Single(await factory.MailToAsync(email));
        Assert.Equal(ConfirmationOutcomeKind.Confirmed, (await factory.ConfirmAsync(TokenIn(mail))).Kind);
        return (await factory.QuestionTitledAsync(title))!;
    }

    public static Task<T> DeskAsync<T>(this PortalFactory factory, Func<QuestionDesk, Task<T>> act) =>
        factory.WithAsync(act);

    /// <summary>Assigned, answered, submitted and published: what citizens read (if the asker agreed).</summary>
    public static async Task<Question> AnsweredQuestionAsync(this PortalFactory factory, string title, string answer = "Trả lời: nộp hồ sơ tại bộ phận một cửa.",
        Action<Dictionary<string, string>>? change = null, bool throughTheForm = true)
    {
        var question = await factory.ConfirmedQuestionAsync(title, change, throughTheForm);
        var agency = await factory.FirstAgencyIdAsync();
        var assigned = await factory.DeskAsync(d => d.AssignAsync(question.Id, question.Version, agency, "", "biên tập viên"));
        var saved = await factory.DeskAsync(d => d.SaveAnswerAsync(question.Id, Saved(assigned).Version, answer, submit: true, "biên tập viên"));
        var published = await factory.WithAsync<QuestionWorkflow, WorkflowResult>(w => w.PublishAsync(question.Id, Saved(saved).Version, null, "người duyệt"));
        Assert.Equal(WorkflowOutcome.Done, published.Outcome);
        return (await factory.QuestionTitledAsync(title))!;
    }

    private static AskQuestionInput Input(Dictionary<string, string> form, string stamp) => new()
    {
        Title = form.GetValueOrDefault("Input.Title"),
        FieldId = int.TryParse(form.GetValueOrDefault("Input.FieldId"), out var field) ? field : null,
        Body = form.GetValueOrDefault("Input.Body"),
        PublishConsent = form.ContainsKey("Input.PublishConsent"),
        Who = new ParticipantInput
        {
            Name = form.GetValueOrDefault("Input.Who.Name"),
            Email = form.GetValueOrDefault("Input.Who.Email"),
            Phone = form.GetValueOrDefault("Input.Who.Phone"),
            ShowName = form.ContainsKey("Input.Who.ShowName"),
            Consent = form.ContainsKey("Input.Who.Consent"),
            Stamp = stamp,
        },
    };

    public static Question Saved(SaveResult<Question> result)
    {
        Assert.True(result is SaveResult<Question>.Saved, result is SaveResult<Question>.Invalid invalid ? string.Join("; ", invalid.Errors.Values) : result.ToString());
        return ((SaveResult<Question>.Saved)result).Value;
    }

    [GeneratedRegex(@"/xac-nhan/([A-Za-z0-9_-]{43})")]
    private static partial Regex ConfirmationLink();
}
