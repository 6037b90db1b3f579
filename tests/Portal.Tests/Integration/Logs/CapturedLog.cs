using System.Collections.Concurrent;
using System.Globalization;
using Serilog.Core;
using Serilog.Events;
using Serilog.Formatting.Display;

namespace Portal.Tests.Integration;

/// <summary>Every event the app's logger lets through, as the console and the file receive it.</summary>
public sealed class CapturedLog : ILogEventSink
{
    private readonly ConcurrentQueue<LogEvent> _events = new();

    public void Emit(LogEvent logEvent) => _events.Enqueue(logEvent);

    public IReadOnlyList<LogEvent> All => [.. _events];

    /// <summary>Each event's message as the console and the file write it (<c>{Message:lj}</c>).</summary>
    public IReadOnlyList<string> Messages => [.. All.Select(e =>
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        MessageFormat.Format(e, text);
        return text.ToString();
    })];

    private static readonly MessageTemplateTextFormatter MessageFormat = new("{Message:lj}", CultureInfo.InvariantCulture);

    /// <summary>Every string in the event's properties, nested ones too.</summary>
    public static IEnumerable<string> Strings(LogEventPropertyValue value) => value switch
    {
        ScalarValue { Value: string text } => [text],
        ScalarValue { Value: char c } => [c.ToString()],
        SequenceValue sequence => sequence.Elements.SelectMany(Strings),
        StructureValue structure => structure.Properties.SelectMany(p => Strings(p.Value)),
        DictionaryValue dictionary => dictionary.Elements.SelectMany(p => Strings(p.Key).Concat(Strings(p.Value))),
        _ => [],
    };
}
