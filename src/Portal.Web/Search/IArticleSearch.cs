using Portal.Web.Articles;

namespace Portal.Web.Search;

public sealed record SearchHit(ArticleListItem Article, IReadOnlyList<SnippetPart> Snippet);

public sealed record SearchResults(IReadOnlyList<SearchHit> Hits, int Total, int PageNumber, int PageCount);

/// <summary>
/// Full-text search of published articles, over the folded copy of their text. SQLite uses its FTS5 index;
/// other databases an inverted word index; both answer the same queries the same way.
/// </summary>
public interface IArticleSearch
{
    /// <summary>Brings the article's search rows in step with its text; runs inside the save's transaction.</summary>
    Task IndexAsync(Article article, CancellationToken cancellationToken = default);

    /// <summary>
    /// Indexes saved articles that have no search rows yet (the generator, the backfill), many at once: far faster
    /// than one by one. The caller saves the context afterwards.
    /// </summary>
    Task IndexNewAsync(IReadOnlyCollection<Article> savedArticles, CancellationToken cancellationToken = default);

    /// <summary>Published articles matching every word and phrase: title matches first, then newest first.</summary>
    Task<SearchResults> SearchAsync(SearchQuery query, int pageNumber, int pageSize, CancellationToken cancellationToken = default);
}
