using System.Text;

namespace Portal.Tests.Security;

/// <summary>
/// The XSS payloads of <c>xss-corpus.txt</c>, escapes read (\n, \r, \t, \0, \\): what every test of a field that
/// people fill sends through it (<c>[MemberData(nameof(XssCorpus.AsTheoryData), MemberType = typeof(XssCorpus))]</c>
/// or a loop over <see cref="Payloads"/>), then asserts the page shows it inert (<see cref="AssertInert"/>) and
/// as the text typed (<see cref="AsParsed"/>).
/// </summary>
public static class XssCorpus
{
    public static IReadOnlyList<string> Payloads { get; } = Load();

    public static TheoryData<string> AsTheoryData()
    {
        var data = new TheoryData<string>();
        foreach (var payload in Payloads)
        {
            data.Add(payload);
        }
        return data;
    }

    /// <summary>Text as a browser reads it back from a page, whichever way it was written: CR as LF, NUL as U+FFFD.</summary>
    public static string AsParsed(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Replace('\0', '\uFFFD');

    /// <summary>Fails when <paramref name="html"/> (a page or a fragment) holds anything that could run script (<see cref="ExecutableContent"/>).</summary>
    public static void AssertInert(string html, string payload, string where)
    {
        var problems = ExecutableContent.In(html);
        Assert.True(problems.Count == 0, $"{where}, payload {payload}: {string.Join("; ", problems)}");
    }

    private static List<string> Load() =>
        File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Security", "xss-corpus.txt"))
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(Unescape)
            .ToList();

    private static string Unescape(string line)
    {
        var text = new StringBuilder(line.Length);
        for (var i = 0; i < line.Length; i++)
        {
            if (line[i] != '\\' || i + 1 == line.Length)
            {
                text.Append(line[i]);
                continue;
            }
            i++;
            text.Append(line[i] switch
            {
                'n' => '\n',
                'r' => '\r',
                't' => '\t',
                '0' => '\0',
                _ => line[i],
            });
        }
        return text.ToString();
    }
}
