using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Portal.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Search : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ArticleSearchDocuments",
                columns: table => new
                {
                    ArticleId = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", nullable: false),
                    Body = table.Column<string>(type: "TEXT", nullable: false)
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
                name: "IX_ArticleSearchTerms_ArticleId",
                table: "ArticleSearchTerms",
                column: "ArticleId");

            // Written by hand: SQLite's full-text index over the folded documents (external content, so the
            // text is stored once), kept in step by triggers; the model does not know of it.
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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP TRIGGER "ArticleSearchDocuments_Inserted";""");
            migrationBuilder.Sql("""DROP TRIGGER "ArticleSearchDocuments_Deleted";""");
            migrationBuilder.Sql("""DROP TRIGGER "ArticleSearchDocuments_Updated";""");
            migrationBuilder.Sql("""DROP TABLE "ArticleSearchIndex";""");

            migrationBuilder.DropTable(
                name: "ArticleSearchDocuments");

            migrationBuilder.DropTable(
                name: "ArticleSearchTerms");
        }
    }
}
