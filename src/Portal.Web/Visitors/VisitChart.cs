using System.Globalization;

namespace Portal.Web.Visitors;

public sealed record VisitBar(DateOnly Day, long Visits, double X, double Y, double Height)
{
    /// <summary>Where the bar's middle is, for its day's label.</summary>
    public double Middle { get; init; }
}

/// <summary>A y-axis value with its gridline's height.</summary>
public sealed record VisitTick(long Value, double Y);

/// <summary>
/// Visits per day as bars for a server-drawn SVG chart: every day of the range, days without visits included; a
/// y-axis of a few round values with gridlines, and day labels thinned so that none overlaps the next (the last day
/// always labelled). The chart keeps a minimum width in its box (it scrolls there on a phone), so labels stay readable.
/// </summary>
public sealed record VisitChart(IReadOnlyList<VisitBar> Bars, long Max, double BarWidth, IReadOnlyList<VisitTick> Ticks, IReadOnlyList<VisitBar> Labelled)
{
    public const double Width = 720;
    public const double Height = 220;
    public const double Top = 12;
    public const double Bottom = 30;

    /// <summary>Room for the y-axis' values ("1.000.000").</summary>
    public const double Left = 56;

    /// <summary>The least room a day's label "dd/MM" (11 units high) takes with a gap to the next.</summary>
    public const double LabelRoom = 44;

    public static VisitChart For(DateOnly from, DateOnly to, IEnumerable<DailyVisit> days)
    {
        var visits = days.ToDictionary(d => d.Day, d => d.Visits);
        var count = to.DayNumber - from.DayNumber + 1;
        var most = visits.Values.DefaultIfEmpty(0).Max();
        var step = TickStep(most);
        // A quiet month still gets an axis of 0 to 4, not a lone 0 and 1.
        var top = most <= 4 ? 4 : (most + step - 1) / step * step;
        var slot = (Width - Left) / count;
        var plot = Height - Top - Bottom;
        var bars = Enumerable.Range(0, count).Select(i =>
        {
            var day = from.AddDays(i);
            var value = visits.GetValueOrDefault(day);
            var height = plot * value / top;
            return new VisitBar(day, value, Left + (i * slot) + (slot * 0.15), Top + plot - height, height) { Middle = Left + (i * slot) + (slot / 2) };
        }).ToList();
        var ticks = Enumerable.Range(0, (int)(top / step) + 1).Select(k => new VisitTick(k * step, Top + plot - (plot * k * step / top))).ToList();
        // Counted back from the last day, so that it is always labelled and the others keep an even rhythm.
        var every = (int)Math.Ceiling(LabelRoom / slot);
        var labelled = bars.Where((_, i) => (count - 1 - i) % every == 0).ToList();
        return new VisitChart(bars, top, slot * 0.7, ticks, labelled);
    }

    private static readonly long[] Multiples = [1, 2, 5, 10];

    /// <summary>A round step (1, 2 or 5 times a power of ten) that cuts the largest value into 3 to 5 parts.</summary>
    public static long TickStep(long max)
    {
        if (max <= 4)
        {
            return 1;
        }
        var power = 1L;
        while (power * 10 <= max / 4)
        {
            power *= 10;
        }
        return Multiples.Select(m => m * power).First(s => max / s <= 4);
    }

    public static string Number(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
