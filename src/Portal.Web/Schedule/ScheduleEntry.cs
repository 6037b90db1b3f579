using Portal.Web.Agencies;
using Portal.Web.Publishing;

namespace Portal.Web.Schedule;

/// <summary>
/// One entry of the leaders' work schedule ("Lịch công tác"): when (stored in UTC, entered and shown in Vietnam
/// time), which leaders, what, where, who attends and which unit prepares it. Goes through the workflow like the
/// other kinds; once published, a change of its time, place, content or leaders is marked (<see cref="ChangedAt"/>)
/// and raises <see cref="Sequence"/>, so calendar programs update their copy, and a cancelled entry stays visible.
/// </summary>
public class ScheduleEntry : IPublishable
{
    public const int ContentMaxLength = 2000;
    public const int PlaceMaxLength = 300;
    public const int AttendeesMaxLength = 1000;
    public const int PreparingUnitMaxLength = 300;

    public int Id { get; set; }

    public DateTime StartsAt { get; set; }

    /// <summary>After <see cref="StartsAt"/>, the same day or a later one; none when only the start is known.</summary>
    public DateTime? EndsAt { get; set; }

    public List<Official> Leaders { get; set; } = [];

    public required string Content { get; set; }
    public string Place { get; set; } = "";

    /// <summary>"Thành phần": those attending.</summary>
    public string Attendees { get; set; } = "";

    /// <summary>"Đơn vị chuẩn bị".</summary>
    public string PreparingUnit { get; set; } = "";

    /// <summary>Held every week: copied by "copy last week's recurring entries".</summary>
    public bool IsRecurring { get; set; }

    /// <summary>The entry of the week before this one was copied from, so that copying twice does not duplicate.</summary>
    public int? CopiedFromId { get; set; }

    /// <summary>When a published entry's time, place, content or leaders last changed (UTC); none if never.</summary>
    public DateTime? ChangedAt { get; set; }

    /// <summary>A published entry that will not take place: still shown, struck out.</summary>
    public bool IsCancelled { get; set; }

    /// <summary>The iCalendar SEQUENCE: raised by each change citizens see.</summary>
    public int Sequence { get; set; }

    public PublicationStatus Status { get; set; }
    public DateTime? PublishedAt { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    public string UpdatedBy { get; set; } = "";
    public string ReviewComment { get; set; } = "";
    public Guid Version { get; set; }
}
