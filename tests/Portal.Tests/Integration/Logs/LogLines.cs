namespace Portal.Tests.Integration;

/// <summary>Requests that try to write a log line of their own, and what is left of them in a log.</summary>
public static class LogLines
{
    public const string Forged = "Fake: admin signed in";

    /// <summary>A path that, logged raw, would end the request's line and start a forged error entry.</summary>
    public const string ForgingPath = "/x%0A2026-12-06%2005:00:00.000%20+00:00%20[ERR]%20Fake:%20admin%20signed%20in";

    /// <summary>Each path and how its control characters must read in the log.</summary>
    public static TheoryData<string, string> Paths => new()
    {
        { ForgingPath, "/x\\n2026-12-06 05:00:00.000 +00:00 [ERR] " + Forged },
        { "/x%0D%0A2026-12-06%2005:00:00.000%20+00:00%20[ERR]%20Fake", "/x\\r\\n2026-12-06 05:00:00.000 +00:00 [ERR] Fake" },
        { "/x%0D[ERR]%20overwritten", "/x\\r[ERR] overwritten" },
        { "/x%1B[2J%1B[31mred", "/x\\u001B[2J\\u001B[31mred" },
        { "/x%E2%80%A8after-a-line-separator%E2%80%A9", "/x\\u2028after-a-line-separator\\u2029" },
        { "/x%C2%85next-line%C2%9Bcsi", "/x\\u0085next-line\\u009Bcsi" },
        { "/x%09tab%7Fdel%08backspace", "/x\\ttab\\u007Fdel\\u0008backspace" },
        { "/x%E2%80%AEreversed", "/x\\u202Ereversed" },
    };

    /// <summary>Lines that begin where a forged entry would: what no log may hold.</summary>
    public static IEnumerable<string> ForgedLines(string log) =>
        log.Split('\n').Where(line => line.Contains(Forged, StringComparison.Ordinal) && !line.Contains("/x\\n2026-12-06", StringComparison.Ordinal));
}
