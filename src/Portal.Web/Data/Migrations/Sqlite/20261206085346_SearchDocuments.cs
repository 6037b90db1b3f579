using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Portal.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SearchDocuments : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The old index first (its triggers go with its table below).
            migrationBuilder.Sql("""DROP TABLE "ArticleSearchIndex";""");

            migrationBuilder.CreateTable(
                name: "SearchDocuments",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    ItemId = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", nullable: false),
                    Body = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SearchDocuments", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SearchTerms",
                columns: table => new
                {
                    Term = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    DocumentId = table.Column<long>(type: "INTEGER", nullable: false),
                    InTitle = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SearchTerms", x => new { x.Term, x.DocumentId });
                    table.ForeignKey(
                        name: "FK_SearchTerms_SearchDocuments_DocumentId",
                        column: x => x.DocumentId,
                        principalTable: "SearchDocuments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_SearchDocuments_Kind_ItemId",
                table: "SearchDocuments",
                columns: new[] { "Kind", "ItemId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SearchTerms_DocumentId",
                table: "SearchTerms",
                column: "DocumentId");

            // Every article's document and words, kept: an upgrade needs no new indexing.
            migrationBuilder.Sql(SearchDocumentsUpgrade.CopyDocuments);
            migrationBuilder.Sql(SearchDocumentsUpgrade.CopyTerms);

            migrationBuilder.DropTable(
                name: "ArticleSearchDocuments");

            migrationBuilder.DropTable(
                name: "ArticleSearchTerms");

            // Written by hand: SQLite's full-text index over the folded documents of every kind (external content,
            // so the text is stored once; the kind a column, so a kind filter is part of a query), kept in step by
            // triggers, and built at once from the documents copied above; the model does not know of it.
            migrationBuilder.Sql("""
                CREATE VIRTUAL TABLE "SearchIndex" USING fts5("Kind", "Title", "Body", content='SearchDocuments', content_rowid='Id');
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "SearchDocuments_Inserted" AFTER INSERT ON "SearchDocuments" BEGIN
                    INSERT INTO "SearchIndex"(rowid, "Kind", "Title", "Body") VALUES (new."Id", new."Kind", new."Title", new."Body");
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "SearchDocuments_Deleted" AFTER DELETE ON "SearchDocuments" BEGIN
                    INSERT INTO "SearchIndex"("SearchIndex", rowid, "Kind", "Title", "Body") VALUES ('delete', old."Id", old."Kind", old."Title", old."Body");
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "SearchDocuments_Updated" AFTER UPDATE ON "SearchDocuments" BEGIN
                    INSERT INTO "SearchIndex"("SearchIndex", rowid, "Kind", "Title", "Body") VALUES ('delete', old."Id", old."Kind", old."Title", old."Body");
                    INSERT INTO "SearchIndex"(rowid, "Kind", "Title", "Body") VALUES (new."Id", new."Kind", new."Title", new."Body");
                END;
                """);
            migrationBuilder.Sql("""INSERT INTO "SearchIndex"("SearchIndex") VALUES ('rebuild');""");
            // FTS5's total subtracts the matches no reader may see, found from the visible rows' side: a document
            // whose article went without the portal (a tool deleting rows) would count, so it goes with its article.
            migrationBuilder.Sql("""
                CREATE TRIGGER "Articles_SearchDocument_Deleted" AFTER DELETE ON "Articles" BEGIN
                    DELETE FROM "SearchDocuments" WHERE "Kind" = 'article' AND "ItemId" = old."Id";
                END;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP TRIGGER "Articles_SearchDocument_Deleted";""");
            migrationBuilder.Sql("""DROP TABLE "SearchIndex";""");

            migrationBuilder.CreateTable(
                name: "ArticleSearchDocuments",
                columns: table => new
                {
                    ArticleId = table.Column<int>(type: "INTEGER", nullable: false),
                    Body = table.Column<string>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ArticleSearchDocuments", x => x.ArticleId);
                    table.ForeignKey(
                        name: "FK_ArticleSearchDocuments_Articles_ArticleId",
                        column: x => x.ArticleId,
                        principalTable: "Articles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ArticleSearchTerms",
                columns: table => new
                {
                    Term = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ArticleId = table.Column<int>(type: "INTEGER", nullable: false),
                    InTitle = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ArticleSearchTerms", x => new { x.Term, x.ArticleId });
                    table.ForeignKey(
                        name: "FK_ArticleSearchTerms_Articles_ArticleId",
                        column: x => x.ArticleId,
                        principalTable: "Articles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ArticleSearchDocuments_ArticleId",
                table: "ArticleSearchDocuments",
                column: "ArticleId");

            migrationBuilder.CreateIndex(
                name: "IX_ArticleSearchTerms_ArticleId",
                table: "ArticleSearchTerms",
                column: "ArticleId");

            migrationBuilder.Sql("""
                CREATE VIRTUAL TABLE "ArticleSearchIndex" USING fts5("Title", "Body", content='ArticleSearchDocuments', content_rowid='ArticleId');
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "ArticleSearchDocuments_Inserted" AFTER INSERT ON "ArticleSearchDocuments" BEGIN
                    INSERT INTO "ArticleSearchIndex"(rowid, "Title", "Body") VALUES (new."ArticleId", new."Title", new."Body");
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "ArticleSearchDocuments_Deleted" AFTER DELETE ON "ArticleSearchDocuments" BEGIN
                    INSERT INTO "ArticleSearchIndex"("ArticleSearchIndex", rowid, "Title", "Body") VALUES ('delete', old."ArticleId", old."Title", old."Body");
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "ArticleSearchDocuments_Updated" AFTER UPDATE ON "ArticleSearchDocuments" BEGIN
                    INSERT INTO "ArticleSearchIndex"("ArticleSearchIndex", rowid, "Title", "Body") VALUES ('delete', old."ArticleId", old."Title", old."Body");
                    INSERT INTO "ArticleSearchIndex"(rowid, "Title", "Body") VALUES (new."ArticleId", new."Title", new."Body");
                END;
                """);
            migrationBuilder.Sql(SearchDocumentsUpgrade.CopyDocumentsBack);
            migrationBuilder.Sql(SearchDocumentsUpgrade.CopyTermsBack);

            migrationBuilder.DropTable(
                name: "SearchTerms");

            migrationBuilder.DropTable(
                name: "SearchDocuments");
        }
    }
}
