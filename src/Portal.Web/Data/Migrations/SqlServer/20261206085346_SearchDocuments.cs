using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Portal.Web.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class SearchDocuments : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "SearchDocuments",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    ItemId = table.Column<int>(type: "int", nullable: false),
                    Title = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Body = table.Column<string>(type: "nvarchar(max)", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SearchDocuments", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SearchTerms",
                columns: table => new
                {
                    Term = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    DocumentId = table.Column<long>(type: "bigint", nullable: false),
                    InTitle = table.Column<bool>(type: "bit", nullable: false)
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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ArticleSearchDocuments",
                columns: table => new
                {
                    ArticleId = table.Column<int>(type: "int", nullable: false),
                    Body = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Title = table.Column<string>(type: "nvarchar(max)", nullable: false)
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
                    Term = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    ArticleId = table.Column<int>(type: "int", nullable: false),
                    InTitle = table.Column<bool>(type: "bit", nullable: false)
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

            migrationBuilder.Sql(SearchDocumentsUpgrade.CopyDocumentsBack);
            migrationBuilder.Sql(SearchDocumentsUpgrade.CopyTermsBack);

            migrationBuilder.DropTable(
                name: "SearchTerms");

            migrationBuilder.DropTable(
                name: "SearchDocuments");
        }
    }
}
