using Microsoft.Data.Sqlite;

namespace Portal.Bench.Reference;

public sealed record LayoutLink(string Name, string Url);

/// <summary>
/// What the layout shows from the database, read once at start: the header's categories, the sidebar's site
/// links and visitor total, the footer's information pages. A page reads nothing else than its article.
/// </summary>
public sealed record LayoutData(
    IReadOnlyList<LayoutLink> Categories, IReadOnlyList<LayoutLink> SiteLinks, IReadOnlyList<LayoutLink> InfoPages, long VisitorTotal)
{
    public static async Task<LayoutData> ReadAsync(string connectionString)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        // In the portal's orders: by hand (SortOrder, then name), the information pages by SortOrder.
        var categories = await LinksAsync(connection, """SELECT "Name", '/chuyen-muc/' || "Slug" FROM "Categories" ORDER BY "SortOrder", "Name", "Id" """);
        var siteLinks = await LinksAsync(connection, """SELECT "Name", "Url" FROM "SiteLinks" ORDER BY "SortOrder", "Name", "Id" """);
        var infoPages = await LinksAsync(connection, """SELECT "TitleVi", '/trang/' || "Slug" FROM "InfoPages" ORDER BY "SortOrder", "Id" """);
        await using var total = connection.CreateCommand();
        total.CommandText = """SELECT COALESCE(SUM("Visits"), 0) FROM "VisitTotals" """;
        var visitorTotal = Convert.ToInt64(await total.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
        return new LayoutData(categories, siteLinks, infoPages, visitorTotal);
    }

    private static async Task<List<LayoutLink>> LinksAsync(SqliteConnection connection, string query)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = query;
        await using var reader = await command.ExecuteReaderAsync();
        var links = new List<LayoutLink>();
        while (await reader.ReadAsync())
        {
            links.Add(new LayoutLink(reader.GetString(0), reader.GetString(1)));
        }
        return links;
    }
}
