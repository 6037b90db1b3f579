using Microsoft.EntityFrameworkCore;
using Portal.Web.Articles;
using Portal.Web.Auditing;
using Portal.Web.Data;
using Portal.Web.Editing;

namespace Portal.Web.LegalDocuments;

/// <summary>The three lists administrators keep for documents.</summary>
public enum DocumentList
{
    Types,
    Issuers,
    Fields,
}

/// <summary>A row of a list as the administrators' page shows it; <see cref="Extra"/> is a type's abbreviation or an issuer's slug.</summary>
public sealed record DocumentListRow(int Id, string Name, string Extra, int DocumentCount);

/// <summary>What an administrator types for a row: its name, and a type's abbreviation or an issuer's slug (blank: made from the name).</summary>
public sealed class DocumentListInput
{
    public string Name { get; set; } = "";
    public string Extra { get; set; } = "";
}

/// <summary>
/// Adds, renames, orders and deletes the rows of the document lists, each change audited. A row a document uses is
/// never deleted: the documents would lose their type, issuer or field.
/// </summary>
public sealed class DocumentListsAdmin(PortalDbContext db, AuditLog audit)
{
    public const int AbbreviationMaxLength = 20;

    public static string Label(DocumentList list) => list switch
    {
        DocumentList.Types => "Loại văn bản",
        DocumentList.Issuers => "Cơ quan ban hành",
        _ => "Lĩnh vực",
    };

    public async Task<List<DocumentListRow>> RowsAsync(DocumentList list, CancellationToken cancellationToken = default) => list switch
    {
        DocumentList.Types => await db.DocumentTypes.AsNoTracking().InHandOrder()
            .Select(t => new DocumentListRow(t.Id, t.Name, t.Abbreviation, db.LegalDocuments.Count(d => d.DocumentTypeId == t.Id))).ToListAsync(cancellationToken),
        DocumentList.Issuers => await db.DocumentIssuers.AsNoTracking().InHandOrder()
            .Select(i => new DocumentListRow(i.Id, i.Name, i.Slug, db.LegalDocuments.Count(d => d.IssuerId == i.Id))).ToListAsync(cancellationToken),
        _ => await db.DocumentFields.AsNoTracking().InHandOrder()
            .Select(f => new DocumentListRow(f.Id, f.Name, "", db.LegalDocuments.Count(d => d.Fields.Any(x => x.Id == f.Id)))).ToListAsync(cancellationToken),
    };

    /// <summary>Adds a row (<paramref name="id"/> null) or renames one.</summary>
    public async Task<SaveResult<DocumentListItem>> SaveAsync(DocumentList list, int? id, DocumentListInput input, string userName, CancellationToken cancellationToken = default)
    {
        var name = LegalDocumentRules.Nfc(input.Name);
        var extra = LegalDocumentRules.Nfc(input.Extra);
        DocumentListItem? row = id is { } existing ? await Set(list).FirstOrDefaultAsync(r => r.Id == existing, cancellationToken) : null;
        if (id is not null && row is null)
        {
            return new SaveResult<DocumentListItem>.NotFound();
        }
        var errors = new Dictionary<string, string>();
        if (name.Length == 0)
        {
            errors[nameof(input.Name)] = "Xin nhập tên.";
        }
        else if (name.Length > DocumentListItem.NameMaxLength)
        {
            errors[nameof(input.Name)] = $"Tên dài tối đa {DocumentListItem.NameMaxLength} ký tự (đã nhập {name.Length}).";
        }
        else if (await Set(list).AnyAsync(r => r.Name == name && r.Id != (id ?? 0), cancellationToken))
        {
            errors[nameof(input.Name)] = $"Danh mục {Label(list).ToLowerInvariant()} đã có \"{name}\".";
        }
        if (list == DocumentList.Types && extra.Length > AbbreviationMaxLength)
        {
            errors[nameof(input.Extra)] = $"Chữ viết tắt dài tối đa {AbbreviationMaxLength} ký tự.";
        }
        if (list == DocumentList.Issuers)
        {
            extra = extra.Length == 0 ? SlugGenerator.FromTitle(name) : extra;
            if (!SlugGenerator.IsValid(extra))
            {
                errors[nameof(input.Extra)] = "Đường dẫn chỉ gồm chữ thường không dấu (a-z), chữ số và dấu gạch ngang giữa các từ, tối đa 120 ký tự.";
            }
            else if (await db.DocumentIssuers.AnyAsync(i => i.Slug == extra && i.Id != (id ?? 0), cancellationToken))
            {
                errors[nameof(input.Extra)] = $"Đường dẫn \"{extra}\" đã được cơ quan khác dùng.";
            }
        }
        if (errors.Count > 0)
        {
            return new SaveResult<DocumentListItem>.Invalid(errors);
        }
        var before = row?.Name;
        row ??= await AddAsync(list, name, cancellationToken);
        row.Name = name;
        switch (row)
        {
            case DocumentType type:
                type.Abbreviation = extra;
                break;
            case DocumentIssuer issuer:
                issuer.Slug = extra;
                break;
        }
        audit.Add(userName, AuditActions.DocumentListChanged, $"{Label(list)}: {name}", before is null ? "Thêm mới" : before == name ? "" : $"Đổi tên từ \"{before}\"");
        await db.SaveChangesAsync(cancellationToken);
        return new SaveResult<DocumentListItem>.Saved(row);
    }

    public Task<DocumentListItem?> MoveAsync(DocumentList list, int id, int step, string userName, CancellationToken cancellationToken = default) => list switch
    {
        DocumentList.Types => Moved(HandOrder.MoveAsync<DocumentType>(db, audit, id, step, userName, AuditActions.DocumentListChanged, cancellationToken)),
        DocumentList.Issuers => Moved(HandOrder.MoveAsync<DocumentIssuer>(db, audit, id, step, userName, AuditActions.DocumentListChanged, cancellationToken)),
        _ => Moved(HandOrder.MoveAsync<DocumentField>(db, audit, id, step, userName, AuditActions.DocumentListChanged, cancellationToken)),
    };

    /// <summary>Deletes a row no document uses; one that is used is refused with how many use it.</summary>
    public async Task<SaveResult<DocumentListItem>> DeleteAsync(DocumentList list, int id, string userName, CancellationToken cancellationToken = default)
    {
        var row = await Set(list).FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (row is null)
        {
            return new SaveResult<DocumentListItem>.NotFound();
        }
        var uses = (await RowsAsync(list, cancellationToken)).First(r => r.Id == id).DocumentCount;
        if (uses > 0)
        {
            return new SaveResult<DocumentListItem>.Invalid(SaveResult<DocumentListItem>.FormField,
                $"Không thể xóa \"{row.Name}\": {uses} văn bản đang dùng. Xin đổi các văn bản đó sang mục khác trước.");
        }
        db.Remove(row);
        audit.Add(userName, AuditActions.DocumentListDeleted, $"{Label(list)}: {row.Name}");
        await db.SaveChangesAsync(cancellationToken);
        return new SaveResult<DocumentListItem>.Saved(row);
    }

    private IQueryable<DocumentListItem> Set(DocumentList list) => list switch
    {
        DocumentList.Types => db.DocumentTypes,
        DocumentList.Issuers => db.DocumentIssuers,
        _ => db.DocumentFields,
    };

    private async Task<DocumentListItem> AddAsync(DocumentList list, string name, CancellationToken cancellationToken)
    {
        DocumentListItem row = list switch
        {
            DocumentList.Types => new DocumentType { Name = name, SortOrder = await db.DocumentTypes.NextSortOrderAsync(cancellationToken) },
            DocumentList.Issuers => new DocumentIssuer { Name = name, Slug = "", SortOrder = await db.DocumentIssuers.NextSortOrderAsync(cancellationToken) },
            _ => new DocumentField { Name = name, SortOrder = await db.DocumentFields.NextSortOrderAsync(cancellationToken) },
        };
        db.Add(row);
        return row;
    }

    private static async Task<DocumentListItem?> Moved<T>(Task<T?> move) where T : DocumentListItem => await move;
}
