using Portal.Web.Visitors;

namespace Portal.Tests.Unit;

/// <summary>The visits chart's y-axis has a few round values; its day labels keep their distance, the last day always labelled.</summary>
public sealed class TheVisitsChartHasRoundTicksAndUncrowdedLabels
{
    [Theory]
    [InlineData(0, 1)]
    [InlineData(3, 1)]
    [InlineData(7, 2)]
    [InlineData(95, 20)]
    [InlineData(1234, 500)]
    [InlineData(4000, 1000)]
    [InlineData(4001, 1000)]
    [InlineData(987_654, 200_000)]
    public void TheStepIsOneTwoOrFiveTimesAPowerOfTen(long max, long step)
    {
        Assert.Equal(step, VisitChart.TickStep(max));
        Assert.InRange(max / step, 0, 4);
    }

    [Fact]
    public void AMonthWithoutVisitsStillHasAnAxis()
    {
        var to = new DateOnly(2026, 12, 6);
        var chart = VisitChart.For(to.AddDays(-29), to, []);
        Assert.Equal([0L, 1, 2, 3, 4], chart.Ticks.Select(t => t.Value));
        Assert.All(chart.Bars, b => Assert.Equal(0, b.Height));
    }

    [Fact]
    public void ThirtyDaysOfVisits()
    {
        var to = new DateOnly(2026, 12, 6);
        var from = to.AddDays(-29);
        var chart = VisitChart.For(from, to, Enumerable.Range(0, 30).Select(i => new DailyVisit { Day = from.AddDays(i), Visits = 100 + (i * 41) }));

        Assert.Equal(30, chart.Bars.Count);
        Assert.Equal(to, chart.Labelled[^1].Day);
        Assert.All(chart.Labelled.Zip(chart.Labelled.Skip(1)), pair => Assert.True(pair.Second.Middle - pair.First.Middle >= VisitChart.LabelRoom));
        Assert.InRange(chart.Ticks.Count, 3, 6);
        Assert.Equal(0, chart.Ticks[0].Value);
        Assert.True(chart.Ticks[^1].Value >= chart.Bars.Max(b => b.Visits));
        Assert.All(chart.Bars, b => Assert.InRange(b.Y, VisitChart.Top - 0.01, VisitChart.Height - VisitChart.Bottom));
    }
}
