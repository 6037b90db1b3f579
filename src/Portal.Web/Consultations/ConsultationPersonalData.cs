using Microsoft.EntityFrameworkCore;
using Portal.Web.Data;
using Portal.Web.Localization;
using Portal.Web.Participation;

namespace Portal.Web.Consultations;

/// <summary>
/// The commenters' personal data: what the cap per address counts, what an export shows, and what erasure removes.
/// Erasing keeps the text (it is part of the consultation's record) and the name only if its writer agreed to show
/// it; the address, phone and organisation go.
/// </summary>
public sealed class ConsultationPersonalData(PortalDbContext db) : IPersonalDataSource
{
    public string Kind => "Góp ý dự thảo";

    public Task<int> CountSinceAsync(string email, DateTime since, CancellationToken cancellationToken) =>
        db.ConsultationComments.CountAsync(c => c.Email == email && c.CreatedAt >= since, cancellationToken);

    public async Task<IReadOnlyList<PersonalDataRecord>> FindAsync(string email, CancellationToken cancellationToken)
    {
        var rows = await db.ConsultationComments.AsNoTracking().Where(c => c.Email == email).OrderBy(c => c.CreatedAt).ThenBy(c => c.Id)
            .Select(c => new { c.Id, c.CreatedAt, Consultation = c.Consultation!.Title, c.Name, c.Email, c.Phone, c.Organisation, c.ShowName, c.Text, c.State })
            .ToListAsync(cancellationToken);
        return rows.Select(c => new PersonalDataRecord(Kind, c.Id, c.CreatedAt,
        [
            new("Dự thảo", c.Consultation),
            new("Họ và tên", c.Name),
            new("Thư điện tử", c.Email),
            new("Số điện thoại", c.Phone),
            new("Cơ quan, tổ chức", c.Organisation),
            new("Hiển thị họ tên", c.ShowName ? "Có" : "Không"),
            new("Nội dung góp ý", c.Text),
            new("Trạng thái", StateName(c.State)),
            new("Thời điểm gửi", VietnamTime.FormatStamp(c.CreatedAt)),
        ])).ToList();
    }

    public async Task<int> EraseAsync(string email, DateTime now, CancellationToken cancellationToken)
    {
        var count = Erase(await db.ConsultationComments.Where(c => c.Email == email).ToListAsync(cancellationToken), now);
        return count > 0 ? await SaveAsync(count, cancellationToken) : 0;
    }

    public async Task<int> EraseExpiredAsync(DateTime now, int retentionMonths, CancellationToken cancellationToken)
    {
        var closedBefore = now.AddMonths(-retentionMonths);
        var rows = await db.ConsultationComments
            .Where(c => c.ErasedAt == null
                && (c.Consultation!.ClosesAt <= closedBefore
                    || (c.State == CommentState.Unconfirmed && c.TokenExpiresAt <= now)))
            .ToListAsync(cancellationToken);
        var count = Erase(rows, now);
        return count > 0 ? await SaveAsync(count, cancellationToken) : 0;
    }

    private async Task<int> SaveAsync(int count, CancellationToken cancellationToken)
    {
        await db.SaveChangesAsync(cancellationToken);
        return count;
    }

    /// <summary>
    /// Clears the personal data of <paramref name="comments"/>. An unconfirmed comment's link dies with it: its
    /// writer never confirmed, so it will never be read.
    /// </summary>
    private static int Erase(List<ConsultationComment> comments, DateTime now)
    {
        foreach (var comment in comments)
        {
            if (!comment.ShowName)
            {
                comment.Name = "";
            }
            comment.Email = "";
            comment.Phone = "";
            comment.Organisation = "";
            // The link's hash stays (it names nobody): a link followed later says it has expired, not that it never was.
            comment.ErasedAt ??= now;
        }
        return comments.Count;
    }

    public static string StateName(CommentState state) => state switch
    {
        CommentState.Unconfirmed => "Chưa xác nhận",
        CommentState.AwaitingModeration => "Chờ duyệt",
        CommentState.Published => "Đã đăng",
        _ => "Không đăng",
    };
}
