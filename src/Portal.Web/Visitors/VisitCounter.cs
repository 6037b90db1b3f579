namespace Portal.Web.Visitors;

/// <summary>Visits counted since the last flush, by day.</summary>
public sealed record PendingVisits(IReadOnlyDictionary<DateOnly, long> ByDay)
{
    public long Total => ByDay.Values.Sum();
}

/// <summary>
/// The in-memory side of the visitor counter: the request path only adds to a buffer, and the flusher moves the
/// buffer into the database. What is being flushed stays in the displayed figure until the database has it.
/// </summary>
public sealed class VisitCounter
{
    private readonly Lock _lock = new();
    private Dictionary<DateOnly, long> _pending = [];
    private long _pendingTotal;
    private long _inFlightTotal;
    private long _persistedTotal;

    public void Record(DateOnly day)
    {
        lock (_lock)
        {
            _pending[day] = _pending.GetValueOrDefault(day) + 1;
            _pendingTotal++;
        }
    }

    /// <summary>The total as a visitor should see it: the database's figure plus what this server holds.</summary>
    public long DisplayedTotal
    {
        get
        {
            lock (_lock)
            {
                return _persistedTotal + _inFlightTotal + _pendingTotal;
            }
        }
    }

    public bool HasPending
    {
        get
        {
            lock (_lock)
            {
                return _pendingTotal > 0;
            }
        }
    }

    /// <summary>Takes the buffer for a flush; follow with <see cref="Flushed"/> or <see cref="FlushFailed"/>.</summary>
    public PendingVisits TakePending()
    {
        lock (_lock)
        {
            var taken = new PendingVisits(_pending);
            _pending = [];
            _inFlightTotal += _pendingTotal;
            _pendingTotal = 0;
            return taken;
        }
    }

    public void Flushed(PendingVisits flushed, long persistedTotal)
    {
        lock (_lock)
        {
            _inFlightTotal -= flushed.Total;
            _persistedTotal = persistedTotal;
        }
    }

    /// <summary>Puts the visits back into the buffer, so the next flush carries them and none is lost.</summary>
    public void FlushFailed(PendingVisits failed)
    {
        lock (_lock)
        {
            foreach (var (day, visits) in failed.ByDay)
            {
                _pending[day] = _pending.GetValueOrDefault(day) + visits;
            }
            _inFlightTotal -= failed.Total;
            _pendingTotal += failed.Total;
        }
    }

    /// <summary>Another server, or an import, moved the stored total: take the database's figure.</summary>
    public void PersistedTotalRead(long persistedTotal)
    {
        lock (_lock)
        {
            _persistedTotal = persistedTotal;
        }
    }
}
