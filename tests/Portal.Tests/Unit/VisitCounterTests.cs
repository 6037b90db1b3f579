using Portal.Web.Visitors;

namespace Portal.Tests.Unit;

public sealed class VisitCounterTests
{
    private static readonly DateOnly Today = new(2026, 11, 28);
    private static readonly DateOnly Tomorrow = Today.AddDays(1);

    [Fact]
    public void VisitsAreBufferedByDay()
    {
        var counter = new VisitCounter();
        counter.Record(Today);
        counter.Record(Today);
        counter.Record(Tomorrow);

        var pending = counter.TakePending();

        Assert.Equal(2, pending.ByDay[Today]);
        Assert.Equal(1, pending.ByDay[Tomorrow]);
        Assert.Equal(3, pending.Total);
        Assert.False(counter.HasPending);
    }

    [Fact]
    public void TheShownTotalIncludesVisitsOnTheirWayToTheDatabase()
    {
        var counter = new VisitCounter();
        counter.PersistedTotalRead(100);
        counter.Record(Today);
        Assert.Equal(101, counter.DisplayedTotal);

        var pending = counter.TakePending();
        counter.Record(Today);
        Assert.Equal(102, counter.DisplayedTotal);

        counter.Flushed(pending, 101);
        Assert.Equal(102, counter.DisplayedTotal);
    }

    [Fact]
    public void AFailedFlushPutsTheVisitsBackForTheNextTry()
    {
        var counter = new VisitCounter();
        counter.Record(Today);
        var first = counter.TakePending();
        counter.Record(Today);

        counter.FlushFailed(first);

        Assert.Equal(2, counter.DisplayedTotal);
        Assert.Equal(2, counter.TakePending().ByDay[Today]);
    }

    [Fact]
    public async Task ConcurrentRecordsAreNeverLost()
    {
        var counter = new VisitCounter();
        long flushed = 0;

        var writers = Enumerable.Range(0, 8).Select(_ => Task.Run(() =>
        {
            for (var i = 0; i < 10_000; i++)
            {
                counter.Record(Today);
            }
        })).ToArray();
        while (!Task.WhenAll(writers).IsCompleted)
        {
            flushed += counter.TakePending().Total;
        }
        await Task.WhenAll(writers);
        flushed += counter.TakePending().Total;

        Assert.Equal(80_000, flushed);
    }
}
