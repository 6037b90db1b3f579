using System.Globalization;

namespace Portal.Web.Visitors;

public sealed record VisitBar(DateOnly Day, long Visits, double X, double Y, double Height);

/// <summary>Visits per day as bars for a server-drawn SVG chart: every day of the range, days without visits included.</summary>
public sealed record VisitChart(IReadOnlyList<VisitBar> Bars, long Max, double BarWidth)
{
    public const double Width = 720;
    public const double Height = 220;
    public const double Top = 10;
    public const double Bottom = 30;

    public static VisitChart For(DateOnly from, DateOnly to, IEnumerable<DailyVisit> days)
    {
        var visits = days.ToDictionary(d => d.Day, d => d.Visits);
        var count = to.DayNumber - from.DayNumber + 1;
        var max = Math.Max(1, visits.Values.DefaultIfEmpty(0).Max());
        var slot = Width / count;
        var plot = Height - Top - Bottom;
        var bars = Enumerable.Range(0, count).Select(i =>
        {
            var day = from.AddDays(i);
            var value = visits.GetValueOrDefault(day);
            var height = plot * value / max;
            return new VisitBar(day, value, i * slot + slot * 0.15, Top + plot - height, height);
        }).ToList();
        return new VisitChart(bars, max, slot * 0.7);
    }

    public static string Number(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
