using Microsoft.EntityFrameworkCore;
using Portal.Web.Data;
using Portal.Web.Data.Configurations;
using Portal.Web.Feeds;
using Portal.Web.Publishing;
using Portal.Web.Search;

namespace Portal.Web.Articles;

/// <summary>Articles as search sees them: their documents, which of them citizens may see, and their results.</summary>
public sealed class ArticleSearchSource(PortalDbContext db) : ISearchSource
{
    public const string Name = "article";

    /// <summary>Articles are kind 0: an article's search document has the article's id.</summary>
    public const int KindNumber = 0;

    // Characters of a body read for its snippet, enough for most; the whole body only when the match lies further in.
    private const int SnippetSource = 3_000;

    public string Kind => Name;

    public int Number => KindNumber;

    /// <summary>The article's search document: its title, and its summary, the text of its body and its author.</summary>
    public static SearchDocumentText Document(Article article) => Document(article, SearchText.PlainText(article.BodyHtml));

    /// <summary>The same, from the text of the body already taken out of its HTML.</summary>
    public static SearchDocumentText Document(Article article, string bodyText) =>
        new(SearchText.Folded(article.Title), SearchText.DocumentBody(article.Summary, bodyText, article.Author));

    /// <summary>Brings the article's document in step with its text, as part of the context's next save.</summary>
    public static Task IndexAsync(ISearch search, Article article, CancellationToken cancellationToken) =>
        search.IndexAsync(Name, () => article.Id, Document(article), cancellationToken);

    public IQueryable<SearchItem> Visible(DateTime now) =>
        db.Articles.AsNoTracking().Where(ArticleVisibility.VisibleAt(now))
            .Select(a => new SearchItem { Id = a.Id, PublishedAt = a.PublishedAt!.Value });

    // The rule of ArticleVisibility.VisibleAt in SQL, for the FTS5 query that joins it: the status a parameter, hidden rows as four ranges of the newest index (a nested
    // OR would make SQLite read every published article's entry).
    public SearchSql Sql { get; } = new(
        "Articles", "Id", "PublishedAt", ArticleConfiguration.NewestIndex,
        "i.\"Status\" = @article_published AND i.\"PublishedAt\" <= @now",
        "(i.\"Status\" < @article_published OR i.\"Status\" > @article_published OR (i.\"Status\" = @article_published AND i.\"PublishedAt\" IS NULL) " +
        "OR (i.\"Status\" = @article_published AND i.\"PublishedAt\" > @now))",
        new Dictionary<string, object> { ["@article_published"] = (int)PublicationStatus.Published });

    public IQueryable<int> Ids() => db.Articles.Select(a => a.Id);

    public async Task<Dictionary<int, SearchDocumentText>> DocumentsAsync(IReadOnlyCollection<int> ids, CancellationToken cancellationToken) =>
        (await db.Articles.AsNoTracking().Where(a => ids.Contains(a.Id)).ToListAsync(cancellationToken)).ToDictionary(a => a.Id, Document);

    public async Task<Dictionary<int, SearchHit>> HitsAsync(IReadOnlyCollection<int> ids, SearchQuery query, CancellationToken cancellationToken)
    {
        var foldedWords = query.Words.Select(w => $" {w} ").ToList();
        var articles = await db.Articles.AsNoTracking().Where(a => ids.Contains(a.Id))
            .Select(a => new
            {
                a.Id, a.Title, a.Slug, a.Summary, PublishedAt = a.PublishedAt!.Value, Section = a.Category!.Name,
                BodyStart = a.BodyHtml.Substring(0, SnippetSource),
                // Whether the summary and body hold a word at all (their folded document says): if not, the
                // snippet is their opening words, and no more of the body need be read.
                MayMatch = db.SearchDocuments.Any(d => d.Kind == Name && d.ItemId == a.Id && foldedWords.Any(w => d.Body.Contains(w))),
            })
            .ToListAsync(cancellationToken);
        var wordSet = query.Words.ToHashSet(StringComparer.Ordinal);
        var snippets = articles.ToDictionary(a => a.Id, a =>
            SearchSnippet.TryBuild(a.Summary, a.BodyStart, a.BodyStart.Length < SnippetSource, a.MayMatch ? wordSet : []));
        var further = snippets.Where(s => s.Value is null).Select(s => s.Key).ToList();
        if (further.Count > 0)
        {
            var bodies = await db.Articles.AsNoTracking().Where(a => further.Contains(a.Id)).Select(a => new { a.Id, a.BodyHtml }).ToListAsync(cancellationToken);
            foreach (var body in bodies)
            {
                snippets[body.Id] = SearchSnippet.Build(articles.First(a => a.Id == body.Id).Summary, body.BodyHtml, wordSet);
            }
        }
        return articles.ToDictionary(a => a.Id, a => new SearchHit(
            Name, a.Id, a.Title, PublicUrls.ArticlePath(a.Id, a.Slug), a.Summary, a.PublishedAt, a.Section, snippets[a.Id]!));
    }
}
