using System.Linq.Expressions;
using Portal.Web.Publishing;

namespace Portal.Web.Consultations;

/// <summary>
/// The one rule of which consultations citizens may see: published, and its publication time has come. Every public
/// query of consultations (list, page, files, comments, feeds, sitemap, search) filters by it. Whether comments are
/// taken is another matter, read from the clock (<see cref="Consultation.IsOpenAt"/>).
/// </summary>
public static class ConsultationVisibility
{
    public static Expression<Func<Consultation, bool>> VisibleAt(DateTime now) =>
        c => c.Status == PublicationStatus.Published && c.PublishedAt <= now;

    public static Expression<Func<Consultation, bool>> ScheduledAfter(DateTime now) =>
        c => c.Status == PublicationStatus.Published && c.PublishedAt > now;
}

/// <summary>Where a consultation stands by the clock: not yet open, taking comments, or closed.</summary>
public enum ConsultationPhase
{
    Open = 0,
    Upcoming = 1,
    Closed = 2,
}

/// <summary>A consultation's phase at a time, and its badge in words ("Đang lấy ý kiến — còn 5 ngày").</summary>
public sealed record ConsultationState(ConsultationPhase Phase, int DaysLeft)
{
    public static ConsultationState At(DateTime opensAt, DateTime closesAt, DateTime now)
    {
        if (now < opensAt)
        {
            return new(ConsultationPhase.Upcoming, 0);
        }
        if (now >= closesAt)
        {
            return new(ConsultationPhase.Closed, 0);
        }
        return new(ConsultationPhase.Open, DaysUntilClosing(closesAt, now));
    }

    /// <summary>
    /// Whole days from today to the last day comments are taken, both in Vietnam time: the closing instant is
    /// exclusive, so a consultation closing at 00:00 on the 28th has the 27th as its last day.
    /// </summary>
    public static int DaysUntilClosing(DateTime closesAt, DateTime now)
    {
        var today = DateOnly.FromDateTime(Localization.VietnamTime.ToVietnam(now));
        var lastDay = DateOnly.FromDateTime(Localization.VietnamTime.ToVietnam(closesAt.AddTicks(-1)));
        return Math.Max(0, lastDay.DayNumber - today.DayNumber);
    }

    public string Label => Phase switch
    {
        ConsultationPhase.Upcoming => "Sắp mở",
        ConsultationPhase.Closed => "Đã kết thúc",
        _ when DaysLeft == 0 => "Đang lấy ý kiến — hôm nay là ngày cuối",
        _ => $"Đang lấy ý kiến — còn {DaysLeft} ngày",
    };

    /// <summary>The badge's class: <c>consultation-open</c>, <c>consultation-upcoming</c>, <c>consultation-closed</c>.</summary>
    public string CssClass => "consultation-" + Phase.ToString().ToLowerInvariant();
}
