using System.Collections.Concurrent;
using Serilog.Core;
using Serilog.Events;

namespace Portal.Tests.Integration;

/// <summary>
/// The events a log reader would call trouble: warnings and worse, and anything carrying an exception (the log
/// file writes its stack trace). Only what passes the app's configured levels arrives here, as in the file.
/// </summary>
public sealed class LoggedProblems : ILogEventSink
{
    private readonly ConcurrentQueue<LogEvent> _events = new();

    public void Emit(LogEvent logEvent)
    {
        if (logEvent.Level >= LogEventLevel.Warning || logEvent.Exception is not null)
        {
            _events.Enqueue(logEvent);
        }
    }

    public IReadOnlyList<LogEvent> All => [.. _events];

    /// <summary>One line an event: level, the request it came from, message and exception type.</summary>
    public static string Describe(LogEvent logEvent) =>
        $"[{logEvent.Level}] {(logEvent.Properties.TryGetValue("RequestPath", out var path) ? path.ToString() : "-")}: "
        + $"{logEvent.RenderMessage(System.Globalization.CultureInfo.InvariantCulture)} {logEvent.Exception?.GetType().Name}";
}
