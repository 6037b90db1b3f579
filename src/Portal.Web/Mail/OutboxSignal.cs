using System.Data.Common;
using System.Runtime.CompilerServices;
using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Portal.Web.Mail;

/// <summary>
/// Wakes the <see cref="OutboxSender"/> when a save has written a message to send (a new one, or one queued again),
/// once it is committed: at once without a transaction, at the commit with one, so the sender never looks before
/// the row is there. Without it the sender still finds the message at its next poll.
/// </summary>
public sealed class OutboxSignal : ISaveChangesInterceptor, IDbTransactionInterceptor
{
    private readonly Channel<bool> _wake = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
    private readonly ConditionalWeakTable<DbContext, object> _pending = [];

    public void Wake() => _wake.Writer.TryWrite(true);

    /// <summary>Completes when <see cref="Wake"/> was called since the last wait.</summary>
    public async Task WaitAsync(CancellationToken cancellationToken)
    {
        await _wake.Reader.WaitToReadAsync(cancellationToken);
        _wake.Reader.TryRead(out _);
    }

    public ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Collect(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Collect(eventData.Context);
        return result;
    }

    public ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        SavedChanges(eventData, result);
        return ValueTask.FromResult(result);
    }

    public int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        if (eventData.Context?.Database.CurrentTransaction is null)
        {
            WakeFor(eventData.Context);
        }
        return result;
    }

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        WakeFor(eventData.Context);
        return Task.CompletedTask;
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => WakeFor(eventData.Context);

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        TransactionRolledBack(transaction, eventData);
        return Task.CompletedTask;
    }

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData)
    {
        if (eventData.Context is not null)
        {
            _pending.Remove(eventData.Context);
        }
    }

    private void Collect(DbContext? context)
    {
        if (context is not null && context.ChangeTracker.Entries<OutboxMessage>()
                .Any(e => e.State == EntityState.Added || (e.State == EntityState.Modified && e.Entity.State == OutboxState.Queued)))
        {
            _pending.AddOrUpdate(context, this);
        }
    }

    private void WakeFor(DbContext? context)
    {
        if (context is not null && _pending.Remove(context))
        {
            Wake();
        }
    }
}
