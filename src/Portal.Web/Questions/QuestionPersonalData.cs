using Microsoft.EntityFrameworkCore;
using Portal.Web.Data;
using Portal.Web.Participation;

namespace Portal.Web.Questions;

/// <summary>
/// The askers' personal data. Erasing keeps the question and its answer (published text stays), and the name only if
/// the asker agreed to show it; the address and the phone go. Retention ends a number of months after the answer, or
/// after the question was set aside; an unconfirmed question goes whole once its link has expired.
/// </summary>
public sealed class QuestionPersonalData(PortalDbContext db) : IPersonalDataSource
{
    public string Kind => "Hỏi đáp";

    public Task<int> CountSinceAsync(string email, DateTime since, CancellationToken cancellationToken) =>
        db.Questions.CountAsync(q => q.Email == email && q.CreatedAt >= since, cancellationToken);

    public async Task<IReadOnlyList<PersonalDataRecord>> FindAsync(string email, CancellationToken cancellationToken) =>
        (await db.Questions.AsNoTracking().Where(q => q.Email == email).OrderBy(q => q.Id).ToListAsync(cancellationToken))
            .Select(q => new PersonalDataRecord(Kind, q.Id, q.CreatedAt,
            [
                new("Họ và tên", q.Name), new("Thư điện tử", q.Email), new("Số điện thoại", q.Phone),
                new("Hiển thị họ tên", q.ShowName ? "Có" : "Không"), new("Đồng ý công bố", q.PublishConsent ? "Có" : "Không"),
                new("Câu hỏi", q.Title), new("Nội dung", q.Body), new("Trả lời", q.Answer),
            ]))
            .ToList();

    public async Task<int> EraseAsync(string email, DateTime now, CancellationToken cancellationToken) =>
        await EraseAsync(await db.Questions.Where(q => q.Email == email).ToListAsync(cancellationToken), now, cancellationToken);

    public async Task<int> EraseExpiredAsync(DateTime now, int retentionMonths, CancellationToken cancellationToken)
    {
        var before = now.AddMonths(-retentionMonths);
        // Unconfirmed questions never reached the newsroom: their data goes once the link has expired, the row stays
        // so the link says it has expired (as comments do).
        var unconfirmed = await db.Questions.Where(q => q.ConfirmedAt == null && q.ErasedAt == null && q.TokenExpiresAt <= now)
            .ToListAsync(cancellationToken);
        var done = await db.Questions
            .Where(q => q.ErasedAt == null && ((q.AnsweredAt != null && q.AnsweredAt <= before) || (q.DismissedAt != null && q.DismissedAt <= before)))
            .ToListAsync(cancellationToken);
        return await EraseAsync([.. unconfirmed, .. done], now, cancellationToken);
    }

    private async Task<int> EraseAsync(List<Question> questions, DateTime now, CancellationToken cancellationToken)
    {
        foreach (var question in questions)
        {
            question.Email = "";
            question.Phone = "";
            question.Name = question.ShowName ? question.Name : "";
            // The link's hash stays (it names nobody): a link followed later says it has expired, not that it never was.
            question.ErasedAt ??= now;
        }
        await db.SaveChangesAsync(cancellationToken);
        return questions.Count;
    }
}
