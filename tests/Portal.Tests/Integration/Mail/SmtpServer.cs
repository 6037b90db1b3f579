using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using MimeKit;

namespace Portal.Tests.Integration.Mail;

/// <summary>
/// A real SMTP server for the tests: smtp4dev, the dotnet tool pinned in .config/dotnet-tools.json (test.sh
/// restores it), on free loopback ports, without TLS, keeping what it receives in a database file of its own so
/// that it remembers across a <see cref="Stop"/> and <see cref="StartAsync"/> (an outage). Delivered messages are
/// read back through its HTTP API, as the raw source a mail client would get. Stopped and removed when disposed.
/// </summary>
public sealed class SmtpServer : IDisposable
{
    /// <summary>
    /// The test classes that start one run one after the other: each starts a server and portals of its own, and
    /// side by side on a small machine they starved each other's start.
    /// </summary>
    public const string Collection = "SMTP server";

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "portal-smtp4dev-" + Guid.NewGuid().ToString("N"));
    private readonly HttpClient _api;
    private Process? _process;

    private SmtpServer()
    {
        SmtpPort = FreePort();
        ApiPort = FreePort();
        Directory.CreateDirectory(_folder);
        _api = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{ApiPort}"), Timeout = TimeSpan.FromSeconds(10) };
    }

    public int SmtpPort { get; }

    public int ApiPort { get; }

    /// <summary>The portal's settings that send to this server.</summary>
    public Dictionary<string, string> PortalSettings => new()
    {
        ["Portal:Mail:Host"] = "127.0.0.1",
        ["Portal:Mail:Port"] = SmtpPort.ToString(CultureInfo.InvariantCulture),
        ["Portal:Mail:Security"] = "None",
        ["Portal:Mail:FromAddress"] = "no-reply@portal.example.org",
    };

    public static async Task<SmtpServer> StartNewAsync()
    {
        var server = new SmtpServer();
        try
        {
            await server.StartAsync();
            return server;
        }
        catch
        {
            server.Dispose();
            throw;
        }
    }

    /// <summary>Starts the server (again) on the same ports, and waits until both SMTP and the API answer.</summary>
    public async Task StartAsync()
    {
        Stop();
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = RepositoryRoot(),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
        {
            "tool", "run", "smtp4dev", "--",
            $"--baseappdatapath={_folder}", $"--db={Path.Combine(_folder, "smtp4dev.db")}", "--nousersettings",
            $"--smtpport={SmtpPort}", $"--urls=http://127.0.0.1:{ApiPort}", "--bindaddress=127.0.0.1", "--disableipv6",
            "--imapport=", "--pop3port=", "--tlsmode=None", "--hostname=localhost", "--messagestokeep=100000",
        })
        {
            start.ArgumentList.Add(argument);
        }
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        var process = Process.Start(start) ?? throw new InvalidOperationException("smtp4dev did not start; test.sh restores it (dotnet tool restore).");
        // Nobody reads its console: drain it so that it never blocks on a full pipe.
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        _process = process;
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromSeconds(120))
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"smtp4dev stopped at start with code {process.ExitCode}; is the tool restored (dotnet tool restore)?");
            }
            if (await AnswersAsync())
            {
                return;
            }
            await Task.Delay(100);
        }
        Stop();
        throw new InvalidOperationException($"smtp4dev did not answer on ports {SmtpPort} and {ApiPort} within two minutes.");
    }

    /// <summary>Stops the server at once, as a crash or an outage would: connections are refused until it starts again.</summary>
    public void Stop()
    {
        if (_process is { HasExited: false } process)
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit(10_000);
        }
        _process?.Dispose();
        _process = null;
    }

    /// <summary>Every message the server has received, as their raw sources parsed.</summary>
    public async Task<IReadOnlyList<MimeMessage>> MessagesAsync()
    {
        var messages = new List<MimeMessage>();
        for (var page = 1; ; page++)
        {
            using var list = JsonDocument.Parse(await _api.GetStringAsync($"/api/messages?page={page}&pageSize=500"));
            var results = list.RootElement.GetProperty("results");
            foreach (var item in results.EnumerateArray())
            {
                await using var raw = await _api.GetStreamAsync($"/api/messages/{item.GetProperty("id").GetString()}/raw");
                using var copy = new MemoryStream();
                await raw.CopyToAsync(copy);
                copy.Position = 0;
                messages.Add(await MimeMessage.LoadAsync(copy));
            }
            if (page >= list.RootElement.GetProperty("pageCount").GetInt32())
            {
                return messages;
            }
        }
    }

    /// <summary>The messages received for one address.</summary>
    public async Task<IReadOnlyList<MimeMessage>> MessagesToAsync(string address) =>
        [.. (await MessagesAsync()).Where(m => m.To.Mailboxes.Any(b => string.Equals(b.Address, address, StringComparison.OrdinalIgnoreCase)))];

    /// <summary>Waits until the server holds at least <paramref name="count"/> messages for the address.</summary>
    public async Task<IReadOnlyList<MimeMessage>> WaitForAsync(string address, int count = 1, int seconds = 30)
    {
        var waited = Stopwatch.StartNew();
        while (true)
        {
            var messages = await MessagesToAsync(address);
            if (messages.Count >= count || waited.Elapsed > TimeSpan.FromSeconds(seconds))
            {
                return messages;
            }
            await Task.Delay(100);
        }
    }

    public void Dispose()
    {
        Stop();
        _api.Dispose();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held by the process's last moments: the temporary folder is cleaned up by the system.
        }
    }

    private async Task<bool> AnswersAsync()
    {
        try
        {
            using (var client = new TcpClient())
            {
                await client.ConnectAsync(IPAddress.Loopback, SmtpPort);
                using var reader = new StreamReader(client.GetStream());
                if ((await reader.ReadLineAsync())?.StartsWith("220", StringComparison.Ordinal) != true)
                {
                    return false;
                }
            }
            return (await _api.GetAsync("/api/messages?pageSize=1")).IsSuccessStatusCode;
        }
        catch (Exception ex) when (ex is SocketException or IOException or HttpRequestException or TaskCanceledException)
        {
            return false;
        }
    }

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, ".config", "dotnet-tools.json")))
            {
                return folder.FullName;
            }
        }
        throw new InvalidOperationException("No .config/dotnet-tools.json above the test's folder.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
