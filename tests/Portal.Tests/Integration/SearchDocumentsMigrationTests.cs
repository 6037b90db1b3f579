using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using Portal.Web.Articles;
using Portal.Web.Categories;
using Portal.Web.Publishing;
using Portal.Web.Search;

namespace Portal.Tests.Integration;

/// <summary>
/// The upgrade to documents keyed by (kind, id) keeps every article's document and words: a database indexed
/// before it finds its articles after it, with nothing indexed again.
/// </summary>
public sealed class SearchDocumentsMigrationTests : IDisposable
{
    private const string Before = "20261128133954_Photos";

    private readonly TestDatabase _database = TestDatabase.Create();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task AnArticleIndexedBeforeTheUpgradeIsFoundAfterIt()
    {
        int id;
        await using (var db = _database.CreateContext())
        {
            await db.GetService<IMigrator>().MigrateAsync(Before);
            // Rows as the schema of that time holds them: the model of today has columns added since.
            await db.Database.ExecuteSqlAsync($"""INSERT INTO "Categories" ("Name", "Slug", "SortOrder") VALUES ({"Chuyên mục cũ"}, {"chuyen-muc-cu-nang-cap"}, {0})""");
            var category = new Category
            {
                Name = "Chuyên mục cũ", Slug = "chuyen-muc-cu-nang-cap",
                Id = await db.Database.SqlQuery<int>($"SELECT \"Id\" AS \"Value\" FROM \"Categories\" WHERE \"Slug\" = {"chuyen-muc-cu-nang-cap"}").SingleAsync(),
            };
            var article = new Article
            {
                Title = "Bài trước khi nâng cấp về lamazxq", Slug = "bai-truoc-nang-cap-lamazxq", Summary = "", BodyHtml = "<p>Nội dung.</p>",
                CategoryId = category.Id, Status = PublicationStatus.Published, PublishedAt = PortalFactory.Now.UtcDateTime.AddDays(-2),
                CreatedAt = PortalFactory.Now.UtcDateTime, UpdatedAt = PortalFactory.Now.UtcDateTime, Version = Guid.NewGuid(),
            };
            // The row as the schema of that time holds it: the model of today has columns added since.
            object version = db.Database.IsSqlite() ? article.Version.ToString().ToUpperInvariant() : article.Version;
            await db.Database.ExecuteSqlAsync($"""
                INSERT INTO "Articles" ("Title", "Slug", "Summary", "BodyMarkdown", "BodyHtml", "Author", "CategoryId", "Status", "PublishedAt", "CreatedAt", "UpdatedAt", "UpdatedBy", "ReviewComment", "Version")
                VALUES ({article.Title}, {article.Slug}, {""}, {""}, {article.BodyHtml}, {""}, {category.Id}, {(int)article.Status}, {article.PublishedAt}, {article.CreatedAt}, {article.UpdatedAt}, {""}, {""}, {version})
                """);
            id = await db.Database.SqlQuery<int>($"SELECT \"Id\" AS \"Value\" FROM \"Articles\" WHERE \"Slug\" = {article.Slug}").SingleAsync();
            article.Id = id;
            var text = ArticleSearchSource.Document(article);
            await db.Database.ExecuteSqlAsync($"INSERT INTO \"ArticleSearchDocuments\" (\"ArticleId\", \"Title\", \"Body\") VALUES ({id}, {text.Title}, {text.Body})");
            await db.Database.ExecuteSqlAsync($"INSERT INTO \"ArticleSearchTerms\" (\"Term\", \"ArticleId\", \"InTitle\") VALUES ({"lamazxq"}, {id}, {true})");

            await db.Database.MigrateAsync();

            var document = await db.SearchDocuments.SingleAsync(d => d.ItemId == id);
            Assert.Equal((ArticleSearchSource.Name, text.Title, text.Body), (document.Kind, document.Title, document.Body));
            // Articles are kind 0: the document's id, FTS5's rowid, is the article's.
            Assert.Equal(id, document.Id);
            Assert.True(await db.SearchTerms.AnyAsync(t => t.DocumentId == document.Id && t.Term == "lamazxq" && t.InTitle));
        }

        foreach (var engine in new[] { (string?)null, "TermIndex" })
        {
            using var app = new PortalFactory(_database);
            if (engine is not null)
            {
                app.Settings["Portal:Search:Engine"] = engine;
            }
            await using var scope = app.Services.CreateAsyncScope();
            var results = await scope.ServiceProvider.GetRequiredService<ISearch>().SearchAsync(SearchQuery.Parse("lamazxq"), 1, 10);

            Assert.Equal([id], results.Items.Select(h => h.Id));
        }
    }
}
