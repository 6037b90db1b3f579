using Microsoft.Extensions.DependencyInjection;
using Portal.Web.Search;

namespace Portal.Tests.Integration;

/// <summary>
/// FTS5's kept matches are sized by everything they hold: a long query that matches nothing holds its key, some
/// kilobytes, and counts so against the cache's limit (it counted as one unit, the size of one id).
/// </summary>
[Trait("Database", "SqliteOnly")] // FTS5 is SQLite's
public sealed class SearchResultCacheCountsItsKeys : IDisposable
{
    private readonly PortalFactory _factory = new() { Settings = { ["Portal:Search:Engine"] = "Fts5" } };

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task ALongQueryThatMatchesNothingCountsItsKeyBytes()
    {
        using var citizen = _factory.CreateBrowser();
        await citizen.GetAsync("/search?q=t%E1%BB%89nh");
        var matches = _factory.Services.GetRequiredService<Fts5Matches>();
        var before = matches.Held;
        // Sixteen words of 60 letters, none in any article: about 1,000 characters of expression.
        var words = Enumerable.Range(0, 16).Select(i => $"khongco{(char)('a' + i)}" + new string('x', 52));
        var query = string.Join(' ', words);

        await citizen.GetAsync("/search?q=" + Uri.EscapeDataString(query));

        // Two entries (anywhere, in the title), each keyed by at least the query's letters, two bytes each.
        Assert.True(matches.Held - before >= 2 * 2 * query.Length, $"{matches.Held - before} bytes counted");
    }
}
