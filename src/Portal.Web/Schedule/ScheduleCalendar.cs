using System.Globalization;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using Portal.Web.Localization;

namespace Portal.Web.Schedule;

/// <summary>
/// The schedule as an iCalendar feed (RFC 5545): one event per published entry, its times in Asia/Ho_Chi_Minh (a
/// VTIMEZONE of +07:00 without daylight saving), a UID that stays the entry's (<c>lich-cong-tac-12@host</c>) so a
/// calendar program updates its copy, the SEQUENCE raised by each published change, CANCELLED for a cancelled entry.
/// </summary>
public static class ScheduleCalendar
{
    public const string ContentType = "text/calendar; charset=utf-8";
    public const string TimeZoneId = "Asia/Ho_Chi_Minh";

    /// <summary>The entry's UID: stable across edits.</summary>
    public static string Uid(int id, string host) => $"lich-cong-tac-{id.ToString(CultureInfo.InvariantCulture)}@{host}";

    /// <summary>
    /// The feed's text. <paramref name="weekAddress"/> gives the absolute address of an entry's week page;
    /// <paramref name="stamp"/> is the DTSTAMP (the time the feed was made).
    /// </summary>
    public static string Write(string name, string host, IEnumerable<PublicScheduleEntry> entries, Func<ScheduleWeek, string> weekAddress, DateTime stamp)
    {
        var calendar = new Ical.Net.Calendar { ProductId = "-//Cong thong tin dien tu//Lich cong tac//VI", Method = "PUBLISH" };
        calendar.AddProperty("X-WR-CALNAME", name);
        calendar.AddProperty("X-WR-TIMEZONE", TimeZoneId);
        calendar.TimeZones.Add(VietnamZone());
        foreach (var entry in entries)
        {
            var calendarEvent = new CalendarEvent
            {
                Uid = Uid(entry.Id, host),
                DtStamp = new CalDateTime(DateTime.SpecifyKind(stamp, DateTimeKind.Utc)),
                LastModified = new CalDateTime(DateTime.SpecifyKind(entry.UpdatedAt, DateTimeKind.Utc)),
                Created = new CalDateTime(DateTime.SpecifyKind(entry.PublishedAt, DateTimeKind.Utc)),
                Sequence = entry.Sequence,
                DtStart = Local(entry.StartsAt),
                Summary = entry.Content,
                Location = entry.Place.Length > 0 ? entry.Place : null,
                Description = Description(entry),
                Url = new Uri(weekAddress(ScheduleWeek.Of(entry.StartsAt))),
                Status = entry.IsCancelled ? EventStatus.Cancelled : EventStatus.Confirmed,
            };
            if (entry.EndsAt is { } end)
            {
                calendarEvent.DtEnd = Local(end);
            }
            calendar.Events.Add(calendarEvent);
        }
        return new CalendarSerializer().SerializeToString(calendar) ?? "";
    }

    private static CalDateTime Local(DateTime utc) => new(VietnamTime.ToVietnam(utc), TimeZoneId);

    /// <summary>Vietnam's zone as it has been since 1975: +07:00 all year.</summary>
    private static VTimeZone VietnamZone()
    {
        var zone = new VTimeZone { TzId = TimeZoneId };
        var standard = new VTimeZoneInfo
        {
            Name = "STANDARD",
            TimeZoneName = "ICT",
            OffsetFrom = new UtcOffset(VietnamTime.Offset),
            OffsetTo = new UtcOffset(VietnamTime.Offset),
            DtStart = new CalDateTime(1975, 6, 13, 0, 0, 0),
        };
        zone.TimeZoneInfos.Add(standard);
        return zone;
    }

    private static string Description(PublicScheduleEntry entry)
    {
        var lines = new List<string> { "Lãnh đạo: " + string.Join(", ", entry.Leaders.Select(l => $"{l.Name} ({l.Title})")) };
        if (entry.Attendees.Length > 0)
        {
            lines.Add("Thành phần: " + entry.Attendees);
        }
        if (entry.PreparingUnit.Length > 0)
        {
            lines.Add("Đơn vị chuẩn bị: " + entry.PreparingUnit);
        }
        if (entry.IsCancelled)
        {
            lines.Add("Đã hủy.");
        }
        return string.Join("\n", lines);
    }
}
