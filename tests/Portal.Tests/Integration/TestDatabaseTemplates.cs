using System.Collections.Concurrent;
using Portal.Web.Data;

namespace Portal.Tests.Integration;

/// <summary>
/// One database per search engine per test run, made by the app's own first start (migrations, seeds, search
/// index, roles, a data-protection key) and then copied for every test app that does not ask for an empty one:
/// migrating and seeding took most of an app start, and the suite starts a few hundred.
/// The templates go when the test process ends.
/// </summary>
internal static class TestDatabaseTemplates
{
    private static readonly ConcurrentDictionary<string, Lazy<TestDatabase>> Templates = new(StringComparer.OrdinalIgnoreCase);

    static TestDatabaseTemplates() => AppDomain.CurrentDomain.ProcessExit += (_, _) => DisposeAll();

    /// <summary>The template for apps on <paramref name="searchEngine"/> (null: the provider's own), made on first use.</summary>
    public static TestDatabase For(string? searchEngine)
    {
        // The engine decides what the start indexes, so an app on the word index needs a template indexed so.
        var engine = searchEngine ?? (TestDatabase.RunProvider == DatabaseProvider.Sqlite ? "Fts5" : "TermIndex");
        return Templates.GetOrAdd(engine, key => new Lazy<TestDatabase>(() => Make(key))).Value;
    }

    private static TestDatabase Make(string searchEngine)
    {
        var template = TestDatabase.Create();
        using (var app = new PortalFactory(template) { Settings = { ["Portal:Search:Engine"] = searchEngine } })
        {
            // Services starts the app, and its start prepares the database; stopping it closes its connections.
            _ = app.Services;
        }
        template.Seal();
        return template;
    }

    private static void DisposeAll()
    {
        foreach (var template in Templates.Values.Where(t => t.IsValueCreated))
        {
            template.Value.Dispose();
        }
    }
}
