using System.Diagnostics;
using Portal.Web.Mail;
using Xunit.Abstractions;

namespace Portal.Tests.Integration.Mail;

/// <summary>
/// The SMTP server goes away while the portal writes messages: they wait in the outbox, each try recorded with the
/// reason and the next try twice as far off as the last (the test moves the portal's clock to each retry's time);
/// when the server is back every message arrives, exactly once, with the Message-Id it was written with. The same
/// holds across a restart of the portal, and with two portals sending from one database.
/// </summary>
[Trait("Needs", "Smtp")]
[Collection(SmtpServer.Collection)]
public sealed class AnSmtpOutageLosesNothingAndSendsNothingTwice(ITestOutputHelper output) : IAsyncLifetime
{
    private const int Count = 20;
    private static readonly TimeSpan FirstRetry = TimeSpan.FromSeconds(10);

    private SmtpServer _smtp = null!;
    private readonly List<IDisposable> _owned = [];

    public async Task InitializeAsync() => _smtp = await SmtpServer.StartNewAsync();

    public Task DisposeAsync()
    {
        try
        {
            foreach (var owned in Enumerable.Reverse(_owned))
            {
                owned.Dispose();
            }
        }
        finally
        {
            // Whatever failed above, the server's process must not outlive the test.
            _smtp?.Dispose();
        }
        return Task.CompletedTask;
    }

    [Fact]
    public async Task MessagesWrittenDuringTheOutageAreRetriedThenDeliveredOnce()
    {
        var portal = await StartPortalAsync();
        var to = OutboxSteps.NewAddress("mat-ket-noi");
        _smtp.Stop();

        var written = await portal.QueueAsync(Count, i => (to, $"Người nhận {i}", new MailLetter($"Thư số {i} trong lúc mất kết nối").Paragraph("Nội dung.")));
        var ids = written.Select(m => m.Id).ToList();
        for (var attempt = 1; attempt <= 3; attempt++)
        {
            var rows = await portal.UntilAsync(ids, rows => rows.All(r => r.Attempts == attempt));
            var now = portal.Clock.GetUtcNow().UtcDateTime;
            var wait = FirstRetry * Math.Pow(2, attempt - 1);
            Assert.All(rows, row =>
            {
                Assert.Equal(OutboxState.Queued, row.State);
                Assert.StartsWith("Không kết nối được máy chủ thư", row.LastError);
                Assert.DoesNotContain(to, row.LastError);
                Assert.Equal(now + wait, row.NextAttemptAt);
                Assert.Null(row.LockedUntil);
            });
            if (attempt < 3)
            {
                portal.Clock.Advance(wait);
            }
        }
        await _smtp.StartAsync();
        Assert.Empty(await _smtp.MessagesToAsync(to));
        var drain = Stopwatch.StartNew();
        portal.Clock.Advance(FirstRetry * 4);
        var sent = await portal.UntilAsync(ids, rows => rows.All(r => r.State == OutboxState.Sent));
        drain.Stop();
        var delivered = await _smtp.WaitForAsync(to, Count);

        Assert.All(sent, row => Assert.Equal(4, row.Attempts));
        Assert.Equal(written.Select(m => m.MessageId).Order(), delivered.Select(m => m.MessageId).Order());
        output.WriteLine($"{Count} messages written during the outage; 3 refused tries each (retries after 10 s, then 20 s, "
            + $"then 40 s of the portal's clock), delivered on the 4th; drained in {drain.ElapsedMilliseconds} ms once the server was back.");

        // Nothing more goes out later: every message is Sent, none is tried again.
        portal.Clock.Advance(TimeSpan.FromHours(1));
        await Task.Delay(500);
        Assert.Equal(Count, (await _smtp.MessagesToAsync(to)).Count);
    }

    [Fact]
    public async Task APortalRestartedDuringTheOutageSendsTheRestOnce()
    {
        var database = TestDatabase.CopyOfTemplate(null);
        _owned.Add(database);
        var to = OutboxSteps.NewAddress("khoi-dong-lai");
        var first = await StartPortalAsync(database);
        var before = await first.QueueAsync(Count / 2, i => (to, "Người nhận", new MailLetter($"Thư số {i} trước khi dừng").Paragraph("Nội dung.")));
        await first.UntilAsync(before.Select(m => m.Id), rows => rows.All(r => r.State == OutboxState.Sent));
        _smtp.Stop();
        var during = await first.QueueAsync(Count / 2, i => (to, "Người nhận", new MailLetter($"Thư số {i} trong lúc mất kết nối").Paragraph("Nội dung.")));
        await first.UntilAsync(during.Select(m => m.Id), rows => rows.All(r => r.Attempts == 1));
        _owned.Remove(first);
        first.Dispose();

        await _smtp.StartAsync();
        var second = await StartPortalAsync(database);
        second.Clock.Advance(FirstRetry);
        var all = before.Concat(during).ToList();
        await second.UntilAsync(all.Select(m => m.Id), rows => rows.All(r => r.State == OutboxState.Sent));
        var delivered = await _smtp.WaitForAsync(to, Count);

        Assert.Equal(all.Select(m => m.MessageId).Order(), delivered.Select(m => m.MessageId).Order());
    }

    [Fact]
    public async Task TwoPortalsOnOneDatabaseNeverBothSendAMessage()
    {
        var database = TestDatabase.CopyOfTemplate(null);
        _owned.Add(database);
        var to = OutboxSteps.NewAddress("hai-may-chu");
        var one = await StartPortalAsync(database);
        var two = await StartPortalAsync(database);
        _smtp.Stop();
        var written = await one.QueueAsync(Count * 3, i => (to, "Người nhận", new MailLetter($"Thư số {i}").Paragraph("Nội dung.")));
        await one.UntilAsync(written.Select(m => m.Id), rows => rows.All(r => r.Attempts >= 1));

        await _smtp.StartAsync();
        // Both wake together: the first at the retry's time, the second at its next poll.
        var poll = TimeSpan.FromMinutes(5);
        await Task.WhenAll(Task.Run(() => one.Clock.Advance(poll)), Task.Run(() => two.Clock.Advance(poll)));
        await one.UntilAsync(written.Select(m => m.Id), rows => rows.All(r => r.State == OutboxState.Sent), seconds: 60);
        var delivered = await _smtp.WaitForAsync(to, written.Count);

        Assert.Equal(written.Select(m => m.MessageId).Order(), delivered.Select(m => m.MessageId).Order());
    }

    private async Task<PortalFactory> StartPortalAsync(TestDatabase? database = null)
    {
        var portal = new PortalFactory(database);
        foreach (var (key, value) in _smtp.PortalSettings)
        {
            portal.Settings[key] = value;
        }
        portal.Settings["Portal:Mail:FirstRetryDelay"] = FirstRetry.ToString();
        portal.Settings["Portal:Mail:PollInterval"] = "00:05:00";
        _owned.Add(portal);
        using var warm = portal.CreateClient();
        await warm.GetAsync("/healthz");
        return portal;
    }
}
