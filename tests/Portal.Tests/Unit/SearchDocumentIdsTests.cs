using Portal.Web.Articles;
using Portal.Web.Search;

namespace Portal.Tests.Unit;

/// <summary>A search document's id follows from its kind and item: an article's is its own id, and no two kinds meet.</summary>
public sealed class SearchDocumentIdsTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(100_000)]
    [InlineData(int.MaxValue)]
    public void AnArticlesDocumentHasTheArticlesId(int articleId) =>
        Assert.Equal(articleId, SearchDocument.IdOf(ArticleSearchSource.KindNumber, articleId));

    private static readonly int[] Kinds = [0, 1, 2];
    private static readonly int[] Items = [1, 2, int.MaxValue];

    [Fact]
    public void TheSameItemIdOfTwoKindsGivesTwoDocuments()
    {
        var ids = Items.SelectMany(item => Kinds.Select(kind => SearchDocument.IdOf(kind, item))).ToList();

        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.True(SearchDocument.IdOf(1, 1) > SearchDocument.IdOf(0, int.MaxValue));
    }
}
