using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Web.Data;
using Portal.Web.Mail;

namespace Portal.Tests.Integration.Mail;

/// <summary>Writing to the outbox as the portal's features do (through <see cref="Outbox"/> and a save), and reading it back.</summary>
public static class OutboxSteps
{
    public static string NewAddress(string who = "nguoi-dan") => $"{who}-{Guid.NewGuid():N}@example.org";

    public static async Task<List<OutboxMessage>> QueueAsync(this PortalFactory factory, int count, Func<int, (string To, string Name, MailLetter Letter)> message)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var outbox = scope.ServiceProvider.GetRequiredService<Outbox>();
        var written = Enumerable.Range(0, count).Select(i =>
        {
            var (to, name, letter) = message(i);
            return outbox.Add(to, name, letter, "kiem-thu");
        }).ToList();
        await scope.ServiceProvider.GetRequiredService<PortalDbContext>().SaveChangesAsync();
        return written;
    }

    public static async Task<OutboxMessage> QueueAsync(this PortalFactory factory, string to, string name, MailLetter letter) =>
        (await factory.QueueAsync(1, _ => (to, name, letter)))[0];

    public static Task<List<OutboxMessage>> OutboxRowsAsync(this PortalFactory factory, IEnumerable<long> ids)
    {
        var wanted = ids.ToList();
        return factory.WithDbAsync(db => db.OutboxMessages.AsNoTracking().Where(m => wanted.Contains(m.Id)).OrderBy(m => m.Id).ToListAsync());
    }

    /// <summary>Waits (in real time: the sender runs on its own) until the rows satisfy the condition; returns them.</summary>
    public static async Task<List<OutboxMessage>> UntilAsync(this PortalFactory factory, IEnumerable<long> ids, Func<List<OutboxMessage>, bool> condition, int seconds = 30)
    {
        var waited = Stopwatch.StartNew();
        while (true)
        {
            var rows = await factory.OutboxRowsAsync(ids);
            if (condition(rows))
            {
                return rows;
            }
            Assert.True(waited.Elapsed < TimeSpan.FromSeconds(seconds),
                $"The outbox did not get there in {seconds} s: {string.Join(", ", rows.Select(r => $"#{r.Id} {r.State} after {r.Attempts}: {r.LastError}"))}");
            await Task.Delay(50);
        }
    }
}
