using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Portal.Web.Accounts;
using Portal.Web.Auditing;
using Portal.Web.Common;
using Portal.Web.Data;
using Portal.Web.Editing;
using Portal.Web.LegalDocuments;
using Portal.Web.Participation;
using Portal.Web.Publishing;
using Portal.Web.Search;

namespace Portal.Web.Questions;

/// <summary>Where a confirmed question stands in the newsroom: the queue's filters, in its order.</summary>
public static class QuestionStates
{
    public const string Unassigned = "chua-phan-cong";
    public const string Answering = "dang-tra-loi";
    public const string Submitted = "cho-duyet";
    public const string Answered = "da-tra-loi";

    public static readonly IReadOnlyList<string> All = [Unassigned, Answering, Submitted, Answered];

    public static string VietnameseName(string state) => state switch
    {
        Unassigned => "Chưa phân công",
        Answering => "Đang trả lời",
        Submitted => "Chờ duyệt",
        Answered => "Đã trả lời",
        _ => state,
    };

    public static string Of(Question q) =>
        q.AnsweredAt is not null ? Answered
        : q.Status == PublicationStatus.Submitted ? Submitted
        : q.AgencyId is null || q.AssignedTo.Length == 0 ? Unassigned
        : Answering;
}

/// <summary>A row of the queue: never the asker's address.</summary>
public sealed record QuestionQueueRow(int Id, string Title, string FieldName, string AgencyName, string AssignedTo, string State, DateTime ConfirmedAt, bool Overdue);

/// <summary>What a newsroom user may be assigned a question to: their user name and how they are called.</summary>
public sealed record NewsroomPerson(string UserName, string Label);

/// <summary>
/// The newsroom's side of the questions: the queue of confirmed questions, oldest first, with what is overdue;
/// assigning, drafting the answer and sending it for approval, and setting a question aside. Each save is audited
/// (by "#id" and the question, never the asker's address) and refused when someone else saved first.
/// </summary>
public sealed class QuestionDesk(PortalDbContext db, ISearch search, AuditLog audit, UserManager<PortalUser> users,
    IOptions<QuestionOptions> options, TimeProvider time)
{
    public const int PageSize = 25;

    public const string StaleMessage = "Câu hỏi vừa được người khác thay đổi sau khi bạn mở trang. Xin xem lại nội dung mới trước khi lưu.";

    private DateTime Now => time.GetUtcNow().UtcDateTime;

    /// <summary>Before this instant, a confirmation makes an unanswered question overdue now.</summary>
    public DateTime OverdueBefore => WorkingDays.OverdueBefore(Now, options.Value.AnswerWithinWorkingDays, options.Value.Holidays);

    public int AnswerWithinWorkingDays => options.Value.AnswerWithinWorkingDays;

    private IQueryable<Question> Queue() => db.Questions.AsNoTracking().Where(q => q.ConfirmedAt != null && q.DismissedAt == null);

    private static IQueryable<Question> InState(IQueryable<Question> questions, string? state) => state switch
    {
        QuestionStates.Unassigned => questions.Where(q => q.AnsweredAt == null && q.Status != PublicationStatus.Submitted && (q.AgencyId == null || q.AssignedTo == "")),
        QuestionStates.Answering => questions.Where(q => q.AnsweredAt == null && q.Status != PublicationStatus.Submitted && q.AgencyId != null && q.AssignedTo != ""),
        QuestionStates.Submitted => questions.Where(q => q.AnsweredAt == null && q.Status == PublicationStatus.Submitted),
        QuestionStates.Answered => questions.Where(q => q.AnsweredAt != null),
        _ => questions,
    };

    /// <summary>Unanswered questions past the deadline now: the dashboard's count.</summary>
    public Task<int> OverdueCountAsync(CancellationToken cancellationToken = default)
    {
        var before = OverdueBefore;
        return Queue().CountAsync(q => q.AnsweredAt == null && q.ConfirmedAt < before, cancellationToken);
    }

    public async Task<Dictionary<string, int>> CountsAsync(CancellationToken cancellationToken = default)
    {
        var counts = new Dictionary<string, int>();
        foreach (var state in QuestionStates.All)
        {
            counts[state] = await InState(Queue(), state).CountAsync(cancellationToken);
        }
        return counts;
    }

    /// <summary>A page of the queue in <paramref name="state"/> (all when null), oldest confirmation first; only overdue when asked.</summary>
    public async Task<Paged<QuestionQueueRow>> QueueAsync(string? state, bool overdueOnly, int page, CancellationToken cancellationToken = default)
    {
        var before = OverdueBefore;
        var questions = InState(Queue(), state);
        if (overdueOnly)
        {
            questions = questions.Where(q => q.AnsweredAt == null && q.ConfirmedAt < before);
        }
        var rows = await questions.OrderBy(q => q.ConfirmedAt).ThenBy(q => q.Id).PageAsync(page, PageSize, cancellationToken);
        var fields = await db.DocumentFields.AsNoTracking().ToDictionaryAsync(f => f.Id, f => f.Name, cancellationToken);
        var agencies = await db.DocumentIssuers.AsNoTracking().ToDictionaryAsync(i => i.Id, i => i.Name, cancellationToken);
        return new Paged<QuestionQueueRow>(rows.Items.Select(q => new QuestionQueueRow(q.Id, q.Title, fields.GetValueOrDefault(q.FieldId, ""),
                q.AgencyId is { } a ? agencies.GetValueOrDefault(a, "") : "", q.AssignedTo, QuestionStates.Of(q), q.ConfirmedAt!.Value,
                q.AnsweredAt is null && q.ConfirmedAt < before)).ToList(),
            rows.PageNumber, rows.PageCount, rows.Total);
    }

    /// <summary>A confirmed question whatever its state, with its field and agency (not tracked); null for an unconfirmed one.</summary>
    public Task<Question?> FindAsync(int id, CancellationToken cancellationToken = default) =>
        db.Questions.AsNoTracking().Include(q => q.Field).Include(q => q.Agency)
            .FirstOrDefaultAsync(q => q.Id == id && q.ConfirmedAt != null, cancellationToken);

    public bool IsOverdue(Question question) =>
        question.AnsweredAt is null && question.DismissedAt is null && question.ConfirmedAt < OverdueBefore;

    public Task<List<DocumentIssuer>> AgenciesAsync(CancellationToken cancellationToken = default) =>
        db.DocumentIssuers.AsNoTracking().OrderBy(i => i.SortOrder).ThenBy(i => i.Name).ToListAsync(cancellationToken);

    /// <summary>The newsroom's users, who may be given a question to answer.</summary>
    public async Task<List<NewsroomPerson>> PeopleAsync()
    {
        var people = new Dictionary<string, NewsroomPerson>(StringComparer.Ordinal);
        foreach (var role in Roles.All)
        {
            foreach (var user in await users.GetUsersInRoleAsync(role))
            {
                if (user.UserName is { } name)
                {
                    people.TryAdd(name, new NewsroomPerson(name, user.Label));
                }
            }
        }
        return [.. people.Values.OrderBy(p => p.Label, StringComparer.Ordinal)];
    }

    public async Task<SaveResult<Question>> AssignAsync(int id, Guid version, int? agencyId, string? assignedTo, string userName, CancellationToken cancellationToken = default)
    {
        var person = assignedTo?.Trim() ?? "";
        if (agencyId is not { } agency || !await db.DocumentIssuers.AnyAsync(i => i.Id == agency, cancellationToken))
        {
            return new SaveResult<Question>.Invalid("AgencyId", "Xin chọn cơ quan trả lời trong danh sách.");
        }
        if (person.Length > 0 && (await PeopleAsync()).All(p => p.UserName != person))
        {
            return new SaveResult<Question>.Invalid("AssignedTo", "Không có người dùng như đã chọn trong tòa soạn.");
        }
        return await ChangeAsync(id, version, userName, question =>
        {
            if (question.AnsweredAt is not null)
            {
                return "Câu hỏi đã được trả lời; không thể phân công lại.";
            }
            question.AgencyId = agency;
            question.AssignedTo = person;
            audit.Add(userName, AuditActions.QuestionAssigned, Target(question), person.Length > 0 ? $"Người trả lời: {person}" : "");
            return null;
        }, cancellationToken);
    }

    /// <summary>Saves the answer as a draft, or sends it for approval (<paramref name="submit"/>): an answer and an agency are needed then.</summary>
    public async Task<SaveResult<Question>> SaveAnswerAsync(int id, Guid version, string? answer, bool submit, string userName, CancellationToken cancellationToken = default)
    {
        var text = CitizenText.Clean(answer);
        if (text.Length > Question.AnswerMaxLength)
        {
            return new SaveResult<Question>.Invalid("Answer", $"Câu trả lời dài tối đa {Question.AnswerMaxLength:N0} ký tự.");
        }
        if (submit && text.Length == 0)
        {
            return new SaveResult<Question>.Invalid("Answer", "Xin nhập câu trả lời trước khi gửi duyệt.");
        }
        return await ChangeAsync(id, version, userName, question =>
        {
            if (question.Status == PublicationStatus.Published)
            {
                return "Câu trả lời đang được đăng; xin gỡ trước khi sửa.";
            }
            if (submit && question.AgencyId is null)
            {
                return "Xin phân công cơ quan trả lời trước khi gửi duyệt.";
            }
            question.Answer = text;
            question.Status = submit ? PublicationStatus.Submitted : PublicationStatus.Draft;
            audit.Add(userName, submit ? AuditActions.QuestionSubmitted : AuditActions.QuestionAnswerSaved, Target(question));
            return null;
        }, cancellationToken, index: true);
    }

    public async Task<SaveResult<Question>> DismissAsync(int id, Guid version, string? reason, string userName, CancellationToken cancellationToken = default)
    {
        var text = CitizenText.Clean(reason);
        if (text.Length == 0 || text.Length > Question.ReasonMaxLength)
        {
            return new SaveResult<Question>.Invalid("Reason", $"Xin ghi lý do không trả lời (tối đa {Question.ReasonMaxLength} ký tự).");
        }
        return await ChangeAsync(id, version, userName, question =>
        {
            if (question.AnsweredAt is not null || question.Status == PublicationStatus.Published)
            {
                return "Câu hỏi đã được trả lời; không thể bỏ qua.";
            }
            question.DismissedAt = Now;
            question.DismissReason = text;
            question.Status = PublicationStatus.Draft;
            audit.Add(userName, AuditActions.QuestionDismissed, Target(question), text);
            return null;
        }, cancellationToken);
    }

    private static string Target(Question question) => $"#{question.Id} {question.Title}";

    /// <summary>One save of a confirmed, not dismissed question; <paramref name="change"/> returns why it does not apply, or null.</summary>
    private async Task<SaveResult<Question>> ChangeAsync(int id, Guid version, string userName, Func<Question, string?> change,
        CancellationToken cancellationToken, bool index = false)
    {
        var question = await db.Questions.Include(q => q.Field).Include(q => q.Agency)
            .FirstOrDefaultAsync(q => q.Id == id && q.ConfirmedAt != null, cancellationToken);
        if (question is null)
        {
            return new SaveResult<Question>.NotFound();
        }
        if (question.Version != version)
        {
            return new SaveResult<Question>.Invalid(SaveResult<Question>.FormField, StaleMessage);
        }
        if (question.DismissedAt is not null)
        {
            return new SaveResult<Question>.Invalid(SaveResult<Question>.FormField, "Câu hỏi đã bị bỏ qua, không trả lời.");
        }
        if (change(question) is { } refusal)
        {
            return new SaveResult<Question>.Invalid(SaveResult<Question>.FormField, refusal);
        }
        Versions.Stamp(question, userName, Now);
        if (index)
        {
            await db.Entry(question).Reference(q => q.Agency).LoadAsync(cancellationToken);
            await QuestionSearchSource.IndexAsync(search, question, cancellationToken);
        }
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return new SaveResult<Question>.Invalid(SaveResult<Question>.FormField, StaleMessage);
        }
        return new SaveResult<Question>.Saved(question);
    }
}
