namespace Portal.Web.Data.Migrations;

/// <summary>
/// The SearchDocuments migration's copy of the article-only search rows into the rows keyed by (kind, id), the same
/// SQL on every provider (quoted names), so an upgrade keeps its index and the start-up backfill has nothing to do. Articles are kind 0, so a document's id
/// is its article's id (SearchDocument.IdOf).
/// </summary>
internal static class SearchDocumentsUpgrade
{
    public const string CopyDocuments = """
        INSERT INTO "SearchDocuments" ("Id", "Kind", "ItemId", "Title", "Body")
        SELECT "ArticleId", 'article', "ArticleId", "Title", "Body" FROM "ArticleSearchDocuments" ORDER BY "ArticleId";
        """;

    public const string CopyTerms = """
        INSERT INTO "SearchTerms" ("Term", "DocumentId", "InTitle")
        SELECT t."Term", d."Id", t."InTitle" FROM "ArticleSearchTerms" AS t
        INNER JOIN "SearchDocuments" AS d ON d."Kind" = 'article' AND d."ItemId" = t."ArticleId";
        """;

    public const string CopyDocumentsBack = """
        INSERT INTO "ArticleSearchDocuments" ("ArticleId", "Title", "Body")
        SELECT "ItemId", "Title", "Body" FROM "SearchDocuments"
        WHERE "Kind" = 'article' AND "ItemId" IN (SELECT "Id" FROM "Articles");
        """;

    public const string CopyTermsBack = """
        INSERT INTO "ArticleSearchTerms" ("Term", "ArticleId", "InTitle")
        SELECT t."Term", d."ItemId", t."InTitle" FROM "SearchTerms" AS t
        INNER JOIN "SearchDocuments" AS d ON d."Id" = t."DocumentId"
        WHERE d."Kind" = 'article' AND d."ItemId" IN (SELECT "Id" FROM "Articles");
        """;
}
