using Microsoft.EntityFrameworkCore;
using Portal.Web.Data;

namespace Portal.Web.Visitors;

/// <summary>
/// The database side of the counter. Every write is a relative <c>UPDATE ... SET Visits = Visits + delta</c> in one
/// transaction, so several servers flushing at once add up exactly, on every provider.
/// </summary>
public sealed class VisitStore(PortalDbContext db)
{
    /// <summary>Adds the visits and returns the new stored total. All or nothing.</summary>
    public async Task<long> AddAsync(PendingVisits visits, CancellationToken cancellationToken = default)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var total = visits.Total;
        var updated = await db.VisitTotals.Where(t => t.Id == VisitTotal.SingletonId)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.Visits, t => t.Visits + total), cancellationToken);
        if (updated == 0)
        {
            db.VisitTotals.Add(new VisitTotal { Id = VisitTotal.SingletonId, Visits = total });
        }
        foreach (var (day, count) in visits.ByDay)
        {
            var dayUpdated = await db.DailyVisits.Where(d => d.Day == day)
                .ExecuteUpdateAsync(s => s.SetProperty(d => d.Visits, d => d.Visits + count), cancellationToken);
            if (dayUpdated == 0)
            {
                // Should another server insert the same day first, the unique key fails this transaction
                // as a whole, and the caller retries it: the update then finds the row.
                db.DailyVisits.Add(new DailyVisit { Day = day, Visits = count });
            }
        }
        await db.SaveChangesAsync(cancellationToken);
        var stored = await ReadTotalAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return stored;
    }

    public async Task<long> ReadTotalAsync(CancellationToken cancellationToken = default) =>
        await db.VisitTotals.AsNoTracking().Where(t => t.Id == VisitTotal.SingletonId)
            .Select(t => (long?)t.Visits).FirstOrDefaultAsync(cancellationToken) ?? 0;

    /// <summary>Raises the total to at least <paramref name="figure"/> (the legacy portal's count); never lowers it.</summary>
    public Task RaiseTotalToAtLeastAsync(long figure, CancellationToken cancellationToken = default) =>
        db.VisitTotals.Where(t => t.Id == VisitTotal.SingletonId && t.Visits < figure)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.Visits, figure), cancellationToken);

    public Task<List<DailyVisit>> DaysAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken = default) =>
        db.DailyVisits.AsNoTracking().Where(d => d.Day >= from && d.Day <= to).OrderBy(d => d.Day).ToListAsync(cancellationToken);
}
