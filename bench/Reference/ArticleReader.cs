using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Portal.Bench.Reference;

/// <summary>What the article page prints of an article: its row and its category's name and slug.</summary>
public sealed record ArticleView(
    int Id, string Slug, string Title, string Summary, string Author, string BodyHtml,
    DateTime PublishedAt, DateTime UpdatedAt, string CategoryName, string CategorySlug);

/// <summary>One published article by id, in one query, as the portal's visibility rule has it (published, and due).</summary>
public sealed class ArticleReader(string connectionString)
{
    // PublicationStatus.Published is 2; EF Core stores times as this text, so they compare as text.
    private const string Query = """
        SELECT a."Slug", a."Title", a."Summary", a."Author", a."BodyHtml", a."PublishedAt", a."UpdatedAt", c."Name", c."Slug"
        FROM "Articles" AS a JOIN "Categories" AS c ON c."Id" = a."CategoryId"
        WHERE a."Id" = $id AND a."Status" = 2 AND a."PublishedAt" <= $now
        """;

    private const string StoredTime = "yyyy-MM-dd HH:mm:ss.FFFFFFF";

    public async Task<ArticleView?> FindAsync(int id, CancellationToken cancellationToken)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = Query;
        command.Parameters.AddWithValue("$id", id);
        command.Parameters.AddWithValue("$now", DateTime.UtcNow.ToString(StoredTime, CultureInfo.InvariantCulture));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return null;
        }
        return new ArticleView(
            id, reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4),
            Utc(reader.GetDateTime(5)), Utc(reader.GetDateTime(6)), reader.GetString(7), reader.GetString(8));
    }

    private static DateTime Utc(DateTime stored) => DateTime.SpecifyKind(stored, DateTimeKind.Utc);
}
