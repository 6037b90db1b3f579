using System.Globalization;
using Portal.Tests.Integration;
using Portal.Web.Hosting;
using Serilog.Events;
using Serilog.Formatting.Display;
using Serilog.Parsing;

namespace Portal.Tests.Unit;

public sealed class LogEscapingTests
{
    private const string Forging = "\n2026-12-06 05:00:00.000 +00:00 [ERR] " + LogLines.Forged;

    private static LogEvent Escaped(Exception? exception, params LogEventProperty[] properties)
    {
        var logEvent = new LogEvent(new DateTimeOffset(2027, 1, 2, 3, 4, 5, TimeSpan.Zero), LogEventLevel.Error, exception,
            new MessageTemplateParser().Parse("Failed for {Form}"), properties);
        new LogEscaping().Enrich(logEvent, null!);
        return logEvent;
    }

    private static Exception Thrown(Action action)
    {
        try
        {
            action();
        }
        catch (Exception exception)
        {
            return exception;
        }
        throw new InvalidOperationException("Nothing was thrown.");
    }

    /// <summary>
    /// .NET's own messages quote what they failed on (here a number typed in a form); the stack trace is the code's.
    /// </summary>
    [Fact]
    public void AnExceptionKeepsItsStackTraceLinesButNotTheLineBreaksOfItsMessages()
    {
        var inner = Thrown(() => int.Parse("12" + Forging, CultureInfo.InvariantCulture));
        var exception = Thrown(() => throw new InvalidOperationException("Could not read the form" + Forging, inner));
        using var file = new StringWriter(CultureInfo.InvariantCulture);

        new MessageTemplateTextFormatter(LoggingSetup.FileTemplate, CultureInfo.InvariantCulture).Format(Escaped(exception), file);

        var lines = file.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("2027-01-02 03:04:05.000 +00:00 [ERR] ", lines[0]);
        Assert.Equal("System.InvalidOperationException: Could not read the form\\n2026-12-06 05:00:00.000 +00:00 [ERR] " + LogLines.Forged, lines[1]);
        Assert.StartsWith(" ---> System.FormatException: The input string '12\\n2026-12-06 05:00:00.000 +00:00 [ERR] " + LogLines.Forged, lines[2]);
        Assert.Contains(lines, line => line.StartsWith("   at ", StringComparison.Ordinal));
        Assert.All(lines.Skip(2), line => Assert.StartsWith(" ", line));
        Assert.DoesNotContain(file.ToString().Replace(Environment.NewLine, "", StringComparison.Ordinal), char.IsControl);
    }

    [Fact]
    public void StringsInsideListsObjectsAndDictionariesAreEscapedKeysIncluded()
    {
        var form = new DictionaryValue(
        [
            new(new ScalarValue("Email" + Forging), new ScalarValue("ai" + Forging + "@portal.test")),
            new(new ScalarValue("Tags"), new SequenceValue([new ScalarValue("a\u001B[31m"), new ScalarValue('\u2028')])),
            new(new ScalarValue("User"), new StructureValue([new LogEventProperty("Name", new ScalarValue("Trần\u0085Văn"))], "Person")),
        ]);

        var logEvent = Escaped(null, new LogEventProperty("Form", form), new LogEventProperty("Count", new ScalarValue(3)));

        var strings = CapturedLog.Strings(logEvent.Properties["Form"]).ToList();
        Assert.Equal(7, strings.Count);
        Assert.All(strings, text => Assert.DoesNotContain(text, c => char.IsControl(c) || c is '\u2028'));
        Assert.Contains("ai\\n2026-12-06 05:00:00.000 +00:00 [ERR] " + LogLines.Forged + "@portal.test", strings);
        Assert.Contains("a\\u001B[31m", strings);
        Assert.Contains("\\u2028", strings);
        Assert.Equal(new ScalarValue(3), logEvent.Properties["Count"]);
    }
}
