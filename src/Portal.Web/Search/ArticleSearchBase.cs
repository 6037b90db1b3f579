using Microsoft.EntityFrameworkCore;
using Portal.Web.Articles;
using Portal.Web.Data;

namespace Portal.Web.Search;

/// <summary>What both search engines share: the folded document, visibility, and turning found ids into results.</summary>
public abstract class ArticleSearchBase(PortalDbContext db, TimeProvider time) : IArticleSearch
{
    protected PortalDbContext Db => db;

    public virtual async Task IndexAsync(Article article, CancellationToken cancellationToken = default)
    {
        var document = db.ChangeTracker.Entries<ArticleSearchDocument>().Select(e => e.Entity).FirstOrDefault(d => d.Article == article)
            ?? (article.Id == 0 ? null : await db.Set<ArticleSearchDocument>().FirstOrDefaultAsync(d => d.ArticleId == article.Id, cancellationToken));
        if (document is null)
        {
            document = new ArticleSearchDocument { Article = article };
            db.Add(document);
        }
        Fill(document, article);
    }

    public virtual Task IndexNewAsync(IReadOnlyCollection<Article> savedArticles, CancellationToken cancellationToken = default)
    {
        foreach (var article in savedArticles)
        {
            db.Add(Fill(new ArticleSearchDocument { ArticleId = article.Id }, article));
        }
        return Task.CompletedTask;
    }

    private static ArticleSearchDocument Fill(ArticleSearchDocument document, Article article)
    {
        document.Title = SearchText.Folded(article.Title);
        document.Body = SearchText.DocumentBody(article.Summary, SearchText.PlainText(article.BodyHtml), article.Author);
        return document;
    }

    // Characters of a body read for its snippet, enough for most; the whole body only when the match lies further in.
    private const int SnippetSource = 3_000;

    public async Task<SearchResults> SearchAsync(SearchQuery query, int pageNumber, int pageSize, CancellationToken cancellationToken = default)
    {
        if (query.IsEmpty)
        {
            return new SearchResults([], 0, 1, 1);
        }
        var now = time.GetUtcNow().UtcDateTime;
        var total = await CountAsync(query, now, cancellationToken);
        var pageCount = Math.Max(1, (total + pageSize - 1) / pageSize);
        if (pageNumber > pageCount)
        {
            return new SearchResults([], total, pageNumber, pageCount);
        }
        var ids = total == 0 ? [] : await FindAsync(query, now, (pageNumber - 1) * pageSize, pageSize, cancellationToken);
        if (ids.Count == 0)
        {
            return new SearchResults([], total, pageNumber, pageCount);
        }
        var foldedWords = query.Words.Select(w => $" {w} ").ToList();
        var articles = await db.Articles.AsNoTracking().Where(a => ids.Contains(a.Id))
            .Select(a => new
            {
                Item = new ArticleListItem(a.Id, a.Title, a.Slug, a.Summary, a.PublishedAt!.Value, a.Category!.Name, a.Category.Slug),
                BodyStart = a.BodyHtml.Substring(0, SnippetSource),
                // Whether the summary and body hold a word at all (their folded document says): if not, the
                // snippet is their opening words, and no more of the body need be read.
                MayMatch = db.ArticleSearchDocuments.Any(d => d.ArticleId == a.Id && foldedWords.Any(w => d.Body.Contains(w))),
            })
            .ToDictionaryAsync(a => a.Item.Id, cancellationToken);
        var wordSet = query.Words.ToHashSet(StringComparer.Ordinal);
        var snippets = articles.Values.ToDictionary(a => a.Item.Id, a =>
            SearchSnippet.TryBuild(a.Item.Summary, a.BodyStart, a.BodyStart.Length < SnippetSource, a.MayMatch ? wordSet : []));
        var further = snippets.Where(s => s.Value is null).Select(s => s.Key).ToList();
        if (further.Count > 0)
        {
            var bodies = await db.Articles.AsNoTracking().Where(a => further.Contains(a.Id)).Select(a => new { a.Id, a.BodyHtml }).ToListAsync(cancellationToken);
            foreach (var body in bodies)
            {
                snippets[body.Id] = SearchSnippet.Build(articles[body.Id].Item.Summary, body.BodyHtml, wordSet);
            }
        }
        var hits = ids.Where(articles.ContainsKey).Select(id => new SearchHit(articles[id].Item, snippets[id]!)).ToList();
        return new SearchResults(hits, total, pageNumber, pageCount);
    }

    /// <summary>One page of <paramref name="matching"/>: those in <paramref name="inTitle"/> first, then newest first.</summary>
    protected static Task<List<int>> PageAsync(IQueryable<Article> matching, IQueryable<int> inTitle, int skip, int take, CancellationToken cancellationToken) =>
        matching.OrderBy(a => inTitle.Contains(a.Id) ? 0 : 1)
            .ThenByDescending(a => a.PublishedAt).ThenByDescending(a => a.Id)
            .Skip(skip).Take(take).Select(a => a.Id)
            .ToListAsync(cancellationToken);

    /// <summary>The published articles whose publication time has come.</summary>
    protected IQueryable<Article> Visible(DateTime now) =>
        db.Articles.AsNoTracking().Where(a => a.Status == ArticleStatus.Published && a.PublishedAt <= now);

    /// <summary>How many published articles match.</summary>
    protected abstract Task<int> CountAsync(SearchQuery query, DateTime now, CancellationToken cancellationToken);

    /// <summary>The ids of one page of matching published articles: title matches first, then newest first.</summary>
    protected abstract Task<List<int>> FindAsync(SearchQuery query, DateTime now, int skip, int take, CancellationToken cancellationToken);
}
