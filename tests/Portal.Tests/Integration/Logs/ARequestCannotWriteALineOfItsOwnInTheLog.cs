using System.Net;

namespace Portal.Tests.Integration;

/// <summary>
/// The portal as an operator runs it, its console and its daily log file read back: a request whose path carries a
/// line break and a would-be entry (`[ERR] Fake: admin signed in`) leaves one line, the request's own, with the break
/// written as <c>\n</c>; an escape sequence leaves no ESC character for a terminal to obey.
/// </summary>
[Trait("Database", "SqliteOnly")] // the log's escaping runs before any database is read
public sealed class ARequestCannotWriteALineOfItsOwnInTheLog : IDisposable
{
    private readonly TestDatabase _database = TestDatabase.Create();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task NeitherTheConsoleNorTheLogFileHoldsAForgedLine()
    {
        using var portal = PortalProcess.Start(_database.Settings);
        using var reader = new HttpClient();
        await portal.WaitUntilServingAsync(reader, TimeSpan.FromSeconds(90));

        foreach (var path in LogLines.Paths.Select(row => (string)row[0]))
        {
            Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync(portal.BaseUrl + path)).StatusCode);
        }
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync(portal.BaseUrl + "/cuoi-cung")).StatusCode);
        await WaitForAsync(() => portal.Output.Contains("HTTP GET /cuoi-cung", StringComparison.Ordinal));
        portal.Kill();

        var file = string.Concat(Directory.GetFiles(Path.Combine(_database.DataPath, "logs")).Select(ReadShared));
        foreach (var (name, log) in new[] { ("console", portal.Output), ("log file", file) })
        {
            Assert.Contains("HTTP GET /x\\n2026-12-06 05:00:00.000 +00:00 [ERR] " + LogLines.Forged, log);
            Assert.True(!LogLines.ForgedLines(log).Any(), $"The {name} holds a forged line:\n{log}");
            Assert.DoesNotContain(log, c => c is '\u001B' or '\u2028' or '\u2029' or '\u0085' or '\u009B' or '\u202E');
        }
    }

    private static string ReadShared(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var text = new StreamReader(stream);
        return text.ReadToEnd();
    }

    private static async Task WaitForAsync(Func<bool> condition)
    {
        for (var waited = 0; waited < 100 && !condition(); waited++)
        {
            await Task.Delay(100);
        }
    }
}
