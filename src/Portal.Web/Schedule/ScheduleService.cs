using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Portal.Web.Articles;
using Portal.Web.Auditing;
using Portal.Web.Data;
using Portal.Web.Editing;
using Portal.Web.Localization;
using Portal.Web.Publishing;

namespace Portal.Web.Schedule;

/// <summary>
/// Writes the schedule: an entry's save (checked, refused when based on a replaced version, marked as changed when
/// citizens already read it), the copy of last week's recurring entries, the publication of a week, a cancellation.
/// Each write is audited in the same save.
/// </summary>
public sealed class ScheduleService(PortalDbContext db, ScheduleWorkflow workflow, AuditLog audit, TimeProvider time)
{
    private const string Form = SaveResult<ScheduleEntry>.FormField;

    public async Task<SaveResult<ScheduleEntry>> SaveAsync(ScheduleInput input, NewsroomUser user, CancellationToken cancellationToken = default)
    {
        ScheduleEntry? entry = null;
        if (input.Id != 0)
        {
            entry = await db.ScheduleEntries.Include(e => e.Leaders).FirstOrDefaultAsync(e => e.Id == input.Id, cancellationToken);
            if (entry is null)
            {
                return new SaveResult<ScheduleEntry>.NotFound();
            }
        }
        var errors = new Dictionary<string, string>();
        if (entry is not null && entry.Version != input.Version)
        {
            errors[Form] = "Lịch này vừa được người khác thay đổi sau khi bạn mở trang. Xin mở lại để xem nội dung mới.";
        }
        if (entry is { Status: PublicationStatus.Published } && !user.CanPublish)
        {
            errors[Form] = "Lịch đã đăng: chỉ người duyệt được sửa. Xin liên hệ người duyệt.";
        }
        var (startsAt, endsAt) = CheckTimes(input, errors);
        var leaders = await CheckLeadersAsync(input, errors, cancellationToken);
        var content = Text(input.Content);
        if (content.Length == 0)
        {
            errors[nameof(input.Content)] = "Xin nhập nội dung công việc.";
        }
        CheckLength(errors, nameof(input.Content), content, ScheduleEntry.ContentMaxLength);
        CheckLength(errors, nameof(input.Place), Text(input.Place), ScheduleEntry.PlaceMaxLength);
        CheckLength(errors, nameof(input.Attendees), Text(input.Attendees), ScheduleEntry.AttendeesMaxLength);
        CheckLength(errors, nameof(input.PreparingUnit), Text(input.PreparingUnit), ScheduleEntry.PreparingUnitMaxLength);
        if (errors.Count > 0)
        {
            return new SaveResult<ScheduleEntry>.Invalid(errors);
        }

        var now = time.GetUtcNow().UtcDateTime;
        var isNew = entry is null;
        entry ??= db.ScheduleEntries.Add(new ScheduleEntry { Content = content, CreatedAt = now, Status = PublicationStatus.Draft }).Entity;
        var seen = entry.Status == PublicationStatus.Published
            && (entry.StartsAt != startsAt || entry.EndsAt != endsAt || entry.Content != content || entry.Place != Text(input.Place)
                || !entry.Leaders.Select(o => o.Id).Order().SequenceEqual(leaders.Select(o => o.Id).Order()));
        entry.StartsAt = startsAt;
        entry.EndsAt = endsAt;
        entry.Content = content;
        entry.Place = Text(input.Place);
        entry.Attendees = Text(input.Attendees);
        entry.PreparingUnit = Text(input.PreparingUnit);
        entry.IsRecurring = input.IsRecurring;
        entry.Leaders.Clear();
        entry.Leaders.AddRange(leaders);
        if (seen)
        {
            entry.ChangedAt = now;
        }
        if (entry.Status == PublicationStatus.Published)
        {
            // Any change of a published entry is news to the calendars that hold it.
            entry.Sequence++;
        }
        Versions.Stamp(entry, user.Name, now);
        try
        {
            await using var transaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
            await db.SaveChangesAsync(cancellationToken);
            audit.Add(user.Name, isNew ? AuditActions.ScheduleCreated : AuditActions.ScheduleSaved, $"#{entry.Id} {ScheduleInput.Describe(entry)}",
                seen ? "Đã thay đổi sau khi đăng" : "", new AuditSubject(ScheduleWorkflow.Kind, entry.Id));
            await db.SaveChangesAsync(cancellationToken);
            if (transaction is not null)
            {
                await transaction.CommitAsync(cancellationToken);
            }
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return new SaveResult<ScheduleEntry>.Invalid(Form, "Lịch này vừa được người khác thay đổi sau khi bạn mở trang. Xin mở lại để xem nội dung mới.");
        }
        return new SaveResult<ScheduleEntry>.Saved(entry);
    }

    /// <summary>
    /// Copies the recurring entries of the week before <paramref name="week"/> into it as drafts, each once: an entry
    /// already copied is not copied again. The number copied.
    /// </summary>
    public async Task<int> CopyLastWeekAsync(ScheduleWeek week, string userName, CancellationToken cancellationToken = default)
    {
        var last = week.Previous;
        var sources = await db.ScheduleEntries.Include(e => e.Leaders)
            .Where(e => e.IsRecurring && !e.IsCancelled && e.StartsAt >= last.StartUtc && e.StartsAt < last.EndUtc
                && !db.ScheduleEntries.Any(c => c.CopiedFromId == e.Id))
            .OrderBy(e => e.StartsAt).ToListAsync(cancellationToken);
        if (sources.Count == 0)
        {
            return 0;
        }
        var now = time.GetUtcNow().UtcDateTime;
        foreach (var source in sources)
        {
            var copy = new ScheduleEntry
            {
                StartsAt = source.StartsAt.AddDays(7),
                EndsAt = source.EndsAt?.AddDays(7),
                Content = source.Content,
                Place = source.Place,
                Attendees = source.Attendees,
                PreparingUnit = source.PreparingUnit,
                IsRecurring = true,
                CopiedFromId = source.Id,
                Leaders = [.. source.Leaders],
                Status = PublicationStatus.Draft,
                CreatedAt = now,
            };
            Versions.Stamp(copy, userName, now);
            db.ScheduleEntries.Add(copy);
        }
        audit.Add(userName, AuditActions.ScheduleCopied, week.Title, $"{sources.Count} lịch định kỳ");
        await db.SaveChangesAsync(cancellationToken);
        return sources.Count;
    }

    /// <summary>Publishes every entry of the week not yet published, through the workflow (each audited); the number published.</summary>
    public async Task<int> PublishWeekAsync(ScheduleWeek week, string userName, CancellationToken cancellationToken = default)
    {
        var waiting = await db.ScheduleEntries.AsNoTracking()
            .Where(e => e.StartsAt >= week.StartUtc && e.StartsAt < week.EndUtc && e.Status != PublicationStatus.Published)
            .Select(e => new { e.Id, e.Version }).ToListAsync(cancellationToken);
        var published = 0;
        foreach (var item in waiting)
        {
            if ((await workflow.PublishAsync(item.Id, item.Version, null, userName, cancellationToken)).Outcome == WorkflowOutcome.Done)
            {
                published++;
            }
        }
        return published;
    }

    /// <summary>Cancels a published entry: it stays on the page, struck out, and its calendar event says CANCELLED.</summary>
    public async Task<WorkflowResult> CancelAsync(int id, Guid version, string userName, CancellationToken cancellationToken = default)
    {
        var entry = await db.ScheduleEntries.FirstOrDefaultAsync(e => e.Id == id, cancellationToken);
        if (entry is null)
        {
            return WorkflowResult.Missing;
        }
        if (entry.Version != version)
        {
            return WorkflowResult.Stale("Lịch này vừa được người khác thay đổi sau khi bạn mở trang.");
        }
        if (entry.Status != PublicationStatus.Published || entry.IsCancelled)
        {
            return WorkflowResult.Refused("Chỉ hủy được lịch đã đăng và chưa hủy; lịch chưa đăng thì xóa.");
        }
        var now = time.GetUtcNow().UtcDateTime;
        entry.IsCancelled = true;
        entry.ChangedAt = now;
        entry.Sequence++;
        Versions.Stamp(entry, userName, now);
        audit.Add(userName, AuditActions.ScheduleCancelled, $"#{entry.Id} {ScheduleInput.Describe(entry)}", "", new AuditSubject(ScheduleWorkflow.Kind, entry.Id));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return WorkflowResult.Stale("Lịch này vừa được người khác thay đổi sau khi bạn mở trang.");
        }
        return WorkflowResult.Done("Đã hủy lịch; lịch vẫn hiện trên cổng, gạch ngang, ghi \"Đã hủy\".");
    }

    /// <summary>Deletes an entry citizens have not read; a published one is cancelled instead.</summary>
    public async Task<WorkflowResult> DeleteAsync(int id, string userName, CancellationToken cancellationToken = default)
    {
        var status = await db.ScheduleEntries.Where(e => e.Id == id).Select(e => (PublicationStatus?)e.Status).FirstOrDefaultAsync(cancellationToken);
        return status switch
        {
            null => WorkflowResult.Missing,
            PublicationStatus.Published => WorkflowResult.Refused("Lịch đã đăng không xóa được: người duyệt hủy lịch để công dân biết."),
            _ => await workflow.DeleteAsync(id, userName, cancellationToken),
        };
    }

    private static (DateTime StartsAt, DateTime? EndsAt) CheckTimes(ScheduleInput input, Dictionary<string, string> errors)
    {
        if (!ScheduleInput.TryParseDate(input.Date, out var day))
        {
            errors[nameof(input.Date)] = "Ngày không hợp lệ: xin nhập ngày/tháng/năm, ví dụ 07/12/2026.";
        }
        if (!ScheduleInput.TryParseTime(input.Start, out var start))
        {
            errors[nameof(input.Start)] = "Giờ bắt đầu không hợp lệ: xin nhập giờ:phút theo 24 giờ, ví dụ 08:00 hoặc 14:30.";
        }
        var startsAt = VietnamTime.ToUtc(day.ToDateTime(start));
        DateTime? endsAt = null;
        var endDay = day;
        if (!string.IsNullOrWhiteSpace(input.EndDate) && !ScheduleInput.TryParseDate(input.EndDate, out endDay))
        {
            errors[nameof(input.EndDate)] = "Ngày kết thúc không hợp lệ: xin nhập ngày/tháng/năm, hoặc để trống nếu cùng ngày.";
        }
        if (!string.IsNullOrWhiteSpace(input.End))
        {
            if (!ScheduleInput.TryParseTime(input.End, out var end))
            {
                errors[nameof(input.End)] = "Giờ kết thúc không hợp lệ: xin nhập giờ:phút theo 24 giờ, hoặc để trống.";
            }
            else
            {
                endsAt = VietnamTime.ToUtc(endDay.ToDateTime(end));
                if (!errors.ContainsKey(nameof(input.Date)) && !errors.ContainsKey(nameof(input.Start)) && endsAt <= startsAt)
                {
                    errors[nameof(input.End)] = "Giờ kết thúc phải sau giờ bắt đầu.";
                }
            }
        }
        return (startsAt, endsAt);
    }

    private async Task<List<Agencies.Official>> CheckLeadersAsync(ScheduleInput input, Dictionary<string, string> errors, CancellationToken cancellationToken)
    {
        var texts = input.LeaderIds.Where(t => !string.IsNullOrWhiteSpace(t)).Distinct().ToList();
        var ids = texts.Select(t => int.TryParse(t, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : 0).Distinct().ToList();
        if (ids.Count == 0)
        {
            errors[nameof(input.LeaderIds)] = "Xin chọn ít nhất một lãnh đạo.";
            return [];
        }
        if (texts.Count > ScheduleInput.MaxLeaders)
        {
            errors[nameof(input.LeaderIds)] = $"Mỗi lịch có tối đa {ScheduleInput.MaxLeaders} lãnh đạo.";
            return [];
        }
        var leaders = await db.Officials.Where(o => ids.Contains(o.Id)).ToListAsync(cancellationToken);
        if (leaders.Count != ids.Count || ids.Contains(0))
        {
            errors[nameof(input.LeaderIds)] = "Có lãnh đạo không còn trong danh bạ. Xin chọn lại.";
        }
        return leaders;
    }

    private static void CheckLength(Dictionary<string, string> errors, string field, string text, int max)
    {
        if (text.Length > max)
        {
            errors[field] = $"Nội dung quá dài: tối đa {max} ký tự (hiện có {text.Length}).";
        }
    }

    private static string Text(string? text) => (text ?? "").Trim().Normalize(NormalizationForm.FormC);
}
