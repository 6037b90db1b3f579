using System.Text;

namespace Portal.Tests.Security;

/// <summary>The XSS payloads of <c>xss-corpus.txt</c>, escapes read (\n, \r, \t, \0, \\).</summary>
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
