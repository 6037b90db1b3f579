using System.Net;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Portal.Tests.Integration.Outages;

/// <summary>
/// Another program holds the SQLite file under an exclusive lock longer than the portal waits (its busy timeout,
/// the connection string's <c>Default Timeout</c>, shortened here): a 503, then pages again once it lets go.
/// </summary>
[Trait("Database", "SqliteOnly")]
public sealed class TheDatabaseFileIsLocked : IDisposable
{
    private readonly PortalFactory _factory = new();

    public TheDatabaseFileIsLocked() =>
        _factory.Settings["ConnectionStrings:Portal"] = _factory.Database.ConnectionString + ";Default Timeout=1";

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task PagesAnswer503WhileTheLockIsHeldAndComeBackWhenItIsReleased()
    {
        var article = await _factory.WithDbAsync(db => db.Articles.OrderBy(a => a.Id).FirstAsync());
        var articleUrl = $"/bai-viet/{article.Id}/{article.Slug}";
        using var reader = _factory.CreateBrowser(handleCookies: false);
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync("/healthz/ready")).StatusCode);

        // In WAL mode the lock is exclusive only while no other connection has the file open: the app's idle pooled
        // ones go first (in the whole suite other tests' clean-up happened to close them; run alone, nothing did).
        SqliteConnection.ClearAllPools();
        await using (var locker = new SqliteConnection(_factory.Database.ConnectionString + ";Pooling=False"))
        {
            await locker.OpenAsync();
            await using var command = locker.CreateCommand();
            command.CommandText = "PRAGMA locking_mode=EXCLUSIVE; BEGIN EXCLUSIVE; SELECT COUNT(*) FROM \"Articles\";";
            await command.ExecuteScalarAsync();

            var page = await reader.GetAsync(articleUrl);
            Assert.Equal(HttpStatusCode.ServiceUnavailable, page.StatusCode);
            Assert.Contains("Hệ thống tạm thời gián đoạn", Html.Text(await page.Content.ReadAsStringAsync()));
            Assert.Equal(HttpStatusCode.ServiceUnavailable, (await reader.GetAsync("/healthz/ready")).StatusCode);
        }

        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync("/healthz/ready")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync(articleUrl)).StatusCode);
    }
}
