using System.Globalization;
using System.Text;
using Serilog.Core;
using Serilog.Events;

namespace Portal.Web.Hosting;

/// <summary>
/// Nothing a request carries can start a line of the log, colour the console or reorder its text: every string value
/// of every event (request paths, typed addresses, user names, other libraries' messages, nested values too) has its
/// control characters written as escapes (<c>\n</c>, <c>\u001B</c>). The exception goes out as the
/// <see cref="ExceptionProperty"/> property: its messages escaped (they may quote a request), its line breaks kept
/// only where the next line is indented, as a stack trace's are, so that it cannot begin a line of its own either.
/// </summary>
public sealed class LogEscaping : ILogEventEnricher
{
    public const string ExceptionProperty = "ExceptionText";

    public void Enrich(LogEvent logEvent, ILogEventPropertyFactory propertyFactory)
    {
        List<LogEventProperty>? changed = null;
        foreach (var (name, value) in logEvent.Properties)
        {
            var escaped = Escape(value);
            if (!ReferenceEquals(escaped, value))
            {
                (changed ??= []).Add(new LogEventProperty(name, escaped));
            }
        }
        changed?.ForEach(logEvent.AddOrUpdateProperty);
        if (logEvent.Exception is { } exception)
        {
            logEvent.AddOrUpdateProperty(new LogEventProperty(ExceptionProperty, new ScalarValue(Render(exception) + Environment.NewLine)));
        }
    }

    /// <summary>The exception as <see cref="Exception.ToString"/> writes it, made safe for a log of one entry a line.</summary>
    public static string Render(Exception exception)
    {
        var text = exception.ToString();
        foreach (var message in Chain(exception).Select(e => e.Message).Where(NeedsEscaping).Distinct())
        {
            text = text.Replace(message, Escape(message), StringComparison.Ordinal);
        }
        return Escape(text, keepIndentedLines: true);
    }

    public static string Escape(string text) => Escape(text, keepIndentedLines: false);

    private static LogEventPropertyValue Escape(LogEventPropertyValue value)
    {
        switch (value)
        {
            case ScalarValue scalar:
                return Escape(scalar);
            case SequenceValue sequence:
                var elements = sequence.Elements.Select(Escape).ToList();
                return Changed(elements, sequence.Elements) ? new SequenceValue(elements) : value;
            case StructureValue structure:
                var properties = structure.Properties.Select(p => new LogEventProperty(p.Name, Escape(p.Value))).ToList();
                return Changed(properties.Select(p => p.Value), structure.Properties.Select(p => p.Value))
                    ? new StructureValue(properties, structure.TypeTag) : value;
            case DictionaryValue dictionary:
                var pairs = dictionary.Elements.Select(p => KeyValuePair.Create(Escape(p.Key), Escape(p.Value))).ToList();
                return Changed(pairs.SelectMany(p => new[] { p.Key, p.Value }), dictionary.Elements.SelectMany(p => new[] { p.Key, p.Value }))
                    ? new DictionaryValue(pairs) : value;
            default:
                return value;
        }
    }

    private static bool Changed(IEnumerable<LogEventPropertyValue> escaped, IEnumerable<LogEventPropertyValue> original) =>
        escaped.Zip(original).Any(pair => !ReferenceEquals(pair.First, pair.Second));

    private static ScalarValue Escape(ScalarValue scalar)
    {
        // Numbers, dates, GUIDs and enums cannot carry a control character; anything else is logged as its text.
        if (scalar.Value is null or bool or byte or short or int or long or float or double or decimal or DateTime
            or DateTimeOffset or TimeSpan or Guid or DateOnly or TimeOnly or Enum)
        {
            return scalar;
        }
        var text = scalar.Value as string ?? Convert.ToString(scalar.Value, CultureInfo.InvariantCulture) ?? "";
        return NeedsEscaping(text) ? new ScalarValue(Escape(text)) : scalar;
    }

    private static IEnumerable<Exception> Chain(Exception exception)
    {
        yield return exception;
        IEnumerable<Exception> inner = exception is AggregateException aggregate ? aggregate.InnerExceptions
            : exception.InnerException is { } one ? [one] : [];
        foreach (var nested in inner.SelectMany(Chain))
        {
            yield return nested;
        }
    }

    /// <summary>C0 and C1 controls, DEL, the Unicode line and paragraph separators, and the bidirectional overrides.</summary>
    private static bool IsUnsafe(char c) =>
        char.IsControl(c) || c is '\u2028' or '\u2029' or '\u200E' or '\u200F' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069');

    // Printable ASCII, most of what is logged, is safe without looking at each character.
    private static bool NeedsEscaping(string text) => text.AsSpan().IndexOfAnyExceptInRange(' ', '~') >= 0 && text.Any(IsUnsafe);

    private static string Escape(string text, bool keepIndentedLines)
    {
        if (!NeedsEscaping(text))
        {
            return text;
        }
        var escaped = new StringBuilder(text.Length + 16);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var next = c == '\r' && i + 1 < text.Length && text[i + 1] == '\n' ? i + 2 : i + 1;
            if (keepIndentedLines && (c == '\n' || next == i + 2) && next < text.Length && text[next] == ' ')
            {
                escaped.Append(Environment.NewLine);
                i = next - 1;
            }
            else if (IsUnsafe(c))
            {
                escaped.Append(c switch
                {
                    '\n' => "\\n",
                    '\r' => "\\r",
                    '\t' => "\\t",
                    _ => $"\\u{(int)c:X4}",
                });
            }
            else
            {
                escaped.Append(c);
            }
        }
        return escaped.ToString();
    }
}
