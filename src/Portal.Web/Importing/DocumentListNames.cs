using Microsoft.EntityFrameworkCore;
using Portal.Web.Articles;
using Portal.Web.Data;
using Portal.Web.LegalDocuments;
using Portal.Web.Localization;

namespace Portal.Web.Importing;

/// <summary>
/// The lists of types, issuers and fields as an import names them: an item is found by its name (case and diacritics
/// aside, so "ubnd TỈNH" is "UBND tỉnh"), or added at the end of its list, so a first import of a library needs no
/// list made by hand. What is added is saved in the caller's transaction: a row that fails takes its new items with it.
/// </summary>
public sealed class DocumentListNames(PortalDbContext db)
{
    public async Task<DocumentType> TypeAsync(string name, string exampleNumber, CancellationToken cancellationToken) =>
        await FindAsync(db.DocumentTypes, name, cancellationToken)
        ?? await AddAsync(db.DocumentTypes, new DocumentType { Name = name, Abbreviation = AbbreviationIn(exampleNumber, name) }, cancellationToken);

    public async Task<DocumentIssuer> IssuerAsync(string name, CancellationToken cancellationToken)
    {
        if (await FindAsync(db.DocumentIssuers, name, cancellationToken) is { } found)
        {
            return found;
        }
        var slug = SlugGenerator.FromTitle(name);
        var taken = await db.DocumentIssuers.Where(i => i.Slug.StartsWith(slug)).Select(i => i.Slug).ToListAsync(cancellationToken);
        var free = Enumerable.Range(1, taken.Count + 1).Select(n => n == 1 ? slug : SlugGenerator.WithSuffix(slug, $"-{n}")).First(s => !taken.Contains(s));
        return await AddAsync(db.DocumentIssuers, new DocumentIssuer { Name = name, Slug = free.Length > 0 ? free : "co-quan" }, cancellationToken);
    }

    public async Task<List<DocumentField>> FieldsAsync(IEnumerable<string> names, CancellationToken cancellationToken)
    {
        var fields = new List<DocumentField>();
        foreach (var name in names)
        {
            fields.Add(await FindAsync(db.DocumentFields, name, cancellationToken)
                ?? await AddAsync(db.DocumentFields, new DocumentField { Name = name }, cancellationToken));
        }
        return fields;
    }

    /// <summary>
    /// The type's part of a number and symbol when it is the type's initials ("QĐ" of <c>15/2024/QĐ-UBND</c> for Quyết
    /// định); empty otherwise (an official letter's <c>3125/UBND-KT</c> names the issuer there).
    /// </summary>
    internal static string AbbreviationIn(string number, string typeName)
    {
        var symbol = number[(number.LastIndexOf('/') + 1)..].Split('-')[0].Trim();
        var initials = string.Concat(VietnameseText.Fold(typeName).Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => w[0]));
        return VietnameseText.Fold(symbol) == initials ? symbol : "";
    }

    private static async Task<T?> FindAsync<T>(DbSet<T> list, string name, CancellationToken cancellationToken) where T : DocumentListItem
    {
        var folded = VietnameseText.Fold(name);
        return (await list.ToListAsync(cancellationToken)).FirstOrDefault(i => VietnameseText.Fold(i.Name) == folded);
    }

    private async Task<T> AddAsync<T>(DbSet<T> list, T item, CancellationToken cancellationToken) where T : DocumentListItem
    {
        item.SortOrder = (await list.MaxAsync(i => (int?)i.SortOrder, cancellationToken) ?? 0) + 1;
        list.Add(item);
        await db.SaveChangesAsync(cancellationToken);
        return item;
    }
}
