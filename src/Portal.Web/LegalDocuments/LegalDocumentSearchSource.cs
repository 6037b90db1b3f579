using Microsoft.EntityFrameworkCore;
using Portal.Web.Data;
using Portal.Web.Data.Configurations;
using Portal.Web.Feeds;
using Portal.Web.Publishing;
using Portal.Web.Search;

namespace Portal.Web.LegalDocuments;

/// <summary>
/// Legal documents as search sees them. The document's title is its type, number and symbol and abstract (so a
/// search for a number, or for words of the abstract, ranks it with the title matches, first); its body is its
/// issuer, fields, signer and the text of every file.
/// </summary>
public sealed class LegalDocumentSearchSource(PortalDbContext db) : ISearchSource
{
    public const string Name = "document";

    /// <summary>Legal documents are kind 1: a document's search id is 2^32 + its id.</summary>
    public const int KindNumber = 1;

    private const int SnippetSource = 3_000;

    // More issuers than this sharing one number is not a real library's case; the rest follow in the ordinary order.
    private const int NamedMax = 5;

    public string Kind => Name;

    public int Number => KindNumber;

    /// <summary>
    /// The search document of <paramref name="document"/>, whose <see cref="LegalDocument.DocumentType"/>,
    /// <see cref="LegalDocument.Issuer"/>, <see cref="LegalDocument.Fields"/> and <see cref="LegalDocument.Files"/> are loaded.
    /// </summary>
    public static SearchDocumentText Document(LegalDocument document) => SearchDocumentText.Of(
        $"{document.DocumentType?.Name} {document.Number} {document.Abstract}",
        string.Join(' ', [document.Issuer?.Name ?? "", .. document.Fields.Select(f => f.Name), document.Signer, document.SignerTitle,
            .. document.Files.OrderBy(f => f.SortOrder).Select(f => f.Text)]));

    /// <summary>Brings the document's search document in step with its text, as part of the context's next save.</summary>
    public static Task IndexAsync(ISearch search, LegalDocument document, CancellationToken cancellationToken) =>
        search.IndexAsync(Name, () => document.Id, Document(document), cancellationToken);

    public IQueryable<SearchItem> Visible(DateTime now) =>
        db.LegalDocuments.AsNoTracking().Where(LegalDocumentVisibility.VisibleAt(now))
            .Select(d => new SearchItem { Id = d.Id, PublishedAt = d.PublishedAt!.Value });

    // LegalDocumentVisibility.VisibleAt in SQL, as ArticleSearchSource writes the articles' rule.
    public SearchSql Sql { get; } = new(
        "LegalDocuments", "Id", "PublishedAt", LegalDocumentConfiguration.NewestIndex,
        "i.\"Status\" = @document_published AND i.\"PublishedAt\" <= @now",
        "(i.\"Status\" < @document_published OR i.\"Status\" > @document_published OR (i.\"Status\" = @document_published AND i.\"PublishedAt\" IS NULL) " +
        "OR (i.\"Status\" = @document_published AND i.\"PublishedAt\" > @now))",
        new Dictionary<string, object> { ["@document_published"] = (int)PublicationStatus.Published });

    public IQueryable<int> Ids() => db.LegalDocuments.Select(d => d.Id);

    public async Task<Dictionary<int, SearchDocumentText>> DocumentsAsync(IReadOnlyCollection<int> ids, CancellationToken cancellationToken) =>
        (await db.LegalDocuments.AsNoTracking().AsSplitQuery().Where(d => ids.Contains(d.Id))
            .Include(d => d.DocumentType).Include(d => d.Issuer).Include(d => d.Fields).Include(d => d.Files)
            .ToListAsync(cancellationToken)).ToDictionary(d => d.Id, Document);

    /// <summary>
    /// The visible documents whose number and symbol is the whole query, however typed (<c>15/2024/QĐ-UBND</c>,
    /// <c>15 2024 qd ubnd</c>), newest first: several issuers may share a number. A query of one word, or with no
    /// digit, names none: "2024" is a year, not a number.
    /// </summary>
    public async Task<IReadOnlyList<int>> NamedAsync(SearchQuery query, DateTime now, CancellationToken cancellationToken)
    {
        var words = query.Clauses.SelectMany(c => c).ToList();
        var key = string.Join(' ', words);
        if (words.Count < 2 || !key.Any(char.IsAsciiDigit) || key.Length > LegalDocument.NumberMaxLength)
        {
            return [];
        }
        return await db.LegalDocuments.AsNoTracking().Where(LegalDocumentVisibility.VisibleAt(now)).Where(d => d.NumberKey == key)
            .OrderByDescending(d => d.PublishedAt).ThenByDescending(d => d.Id).Select(d => d.Id).Take(NamedMax).ToListAsync(cancellationToken);
    }

    public async Task<Dictionary<int, SearchHit>> HitsAsync(IReadOnlyCollection<int> ids, SearchQuery query, CancellationToken cancellationToken)
    {
        var documents = await db.LegalDocuments.AsNoTracking().Where(d => ids.Contains(d.Id))
            .Select(d => new
            {
                d.Id, d.Number, d.Abstract, d.Slug, PublishedAt = d.PublishedAt!.Value, Type = d.DocumentType!.Name, Issuer = d.Issuer!.Name,
                TextStart = d.Files.OrderBy(f => f.SortOrder).Select(f => f.Text.Substring(0, SnippetSource)).FirstOrDefault() ?? "",
            })
            .ToListAsync(cancellationToken);
        var words = query.Words.ToHashSet(StringComparer.Ordinal);
        return documents.ToDictionary(d => d.Id, d => new SearchHit(
            Name, d.Id, $"{d.Type} {d.Number}", PublicUrls.LegalDocumentPath(d.Id, d.Slug), d.Abstract, d.PublishedAt,
            $"Văn bản · {d.Issuer}", SearchSnippet.Build(d.Abstract + " " + d.TextStart, words)));
    }
}
