using System.Globalization;
using Portal.Web.Feeds;

namespace Portal.Web.Schedule;

/// <summary>The addresses of the week pages: <c>/lich-cong-tac?tuan=2026-W50&amp;lanh-dao=12</c>.</summary>
public static class ScheduleAddress
{
    public const string LeaderQuery = "lanh-dao";

    public static string Of(ScheduleWeek? week, int? leaderId, bool print = false)
    {
        var query = new List<string>();
        if (week is not null)
        {
            query.Add($"{ScheduleWeek.WeekQuery}={week.IsoName}");
        }
        if (leaderId is { } id)
        {
            query.Add($"{LeaderQuery}={id.ToString(CultureInfo.InvariantCulture)}");
        }
        var path = print ? PublicUrls.SchedulePrintRoute : PublicUrls.ScheduleRoute;
        return query.Count == 0 ? path : $"{path}?{string.Join('&', query)}";
    }

    /// <summary>The leader a query names: none when it names none, false when it names one unreadably (abc, -1, twice).</summary>
    public static bool TryReadLeader(IQueryCollection query, out int? leaderId)
    {
        leaderId = null;
        var values = query[LeaderQuery];
        if (values.Count == 0 || (values.Count == 1 && values[0] is ""))
        {
            return true;
        }
        if (values.Count > 1 || values[0] is not { Length: <= 9 } text
            || !int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var id) || id <= 0)
        {
            return false;
        }
        leaderId = id;
        return true;
    }
}
