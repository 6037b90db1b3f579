using System.Text.RegularExpressions;
using Portal.Web.Feeds;
using Serilog.Core;
using Serilog.Events;

namespace Portal.Web.Participation;

/// <summary>
/// A confirmation link's token never reaches a log: in every string property of every event (the request line's
/// path, the framework's RequestPath scope), the segment after <c>/xac-nhan/</c> is written as <c>***</c>.
/// </summary>
public sealed partial class ConfirmationLinkRedaction : ILogEventEnricher
{
    public const string Redacted = "***";

    /// <summary>Where <see cref="PublicUrls.ConfirmationPath"/> puts the token (a test holds the two together).</summary>
    public const string Section = "/xac-nhan/";

    public void Enrich(LogEvent logEvent, ILogEventPropertyFactory propertyFactory)
    {
        List<LogEventProperty>? changed = null;
        foreach (var (name, value) in logEvent.Properties)
        {
            if (value is ScalarValue { Value: string text } && text.Contains(Section, StringComparison.OrdinalIgnoreCase))
            {
                (changed ??= []).Add(new LogEventProperty(name, new ScalarValue(Redact(text))));
            }
        }
        changed?.ForEach(logEvent.AddOrUpdateProperty);
    }

    public static string Redact(string text) => Token().Replace(text, "$1" + Redacted);

    [GeneratedRegex("(" + Section + ")[^/?#\\s]+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Token();
}
