using Portal.Web.Auditing;
using Portal.Web.Data;
using Portal.Web.Publishing;
using Portal.Web.Search;

namespace Portal.Web.Articles;

/// <summary>The workflow of articles: the shared rules (<see cref="Workflow{T}"/>) in the articles' words.</summary>
public sealed class ArticleWorkflow(PortalDbContext db, ISearch search, AuditLog audit, TimeProvider time)
    : Workflow<Article>(db, search, audit, time)
{
    private static readonly WorkflowWords ArticleWords = new("bài",
        AuditActions.ArticlePublished, AuditActions.ArticleScheduled, AuditActions.ArticleSentBack,
        AuditActions.ArticleUnpublished, AuditActions.ArticleDeleted);

    protected override WorkflowWords Words => ArticleWords;

    protected override string SearchKind => ArticleSearchSource.Name;

    protected override string Title(Article item) => item.Title;
}
