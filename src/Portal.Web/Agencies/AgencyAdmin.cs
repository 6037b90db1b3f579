using Microsoft.EntityFrameworkCore;
using Portal.Web.Articles;
using Portal.Web.Auditing;
using Portal.Web.Data;
using Portal.Web.Editing;

namespace Portal.Web.Agencies;

/// <summary>What the newsroom types for an agency, in Vietnamese and English side by side.</summary>
public sealed record AgencyFields(int? ParentId, string NameVi, string NameEn, string AddressVi, string AddressEn,
    string Phone, string Email, string Website, string FunctionsVi, string FunctionsEn);

/// <summary>
/// The newsroom's writes to the agencies: add, edit (a parent that cannot make a cycle), delete (refused while it has
/// units or officials), up and down among its siblings. Every change is in the audit log, saved with it; the
/// directory's cached pages go (<see cref="DirectoryCacheTags"/>).
/// </summary>
public sealed class AgencyAdmin(PortalDbContext db, AuditLog audit, MarkdownRenderer markdown, TimeProvider time)
{
    public const string ParentRefused = "Không thể chọn cơ quan này làm cơ quan cấp trên: nó là chính cơ quan đang sửa hoặc một đơn vị trực thuộc của nó.";
    public const string ParentMissing = "Cơ quan cấp trên đã chọn không còn nữa. Xin chọn lại.";

    public Task<Agency?> FindAsync(int id, CancellationToken cancellationToken = default) =>
        db.Agencies.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, cancellationToken);

    /// <summary>The agencies that may be the parent of <paramref name="id"/> (all but itself and its units, at any depth), in tree order with their depth.</summary>
    public async Task<IReadOnlyList<(Agency Agency, int Depth)>> ParentChoicesAsync(int? id, CancellationToken cancellationToken = default)
    {
        var all = await db.Agencies.AsNoTracking().OrderBy(a => a.SortOrder).ThenBy(a => a.NameVi).ThenBy(a => a.Id).ToListAsync(cancellationToken);
        var excluded = id is { } self ? SubtreeOf(self, all) : [];
        var choices = new List<(Agency, int)>();
        void Walk(IEnumerable<AgencyNode> nodes, int depth)
        {
            foreach (var node in nodes.Where(n => !excluded.Contains(n.Agency.Id)))
            {
                choices.Add((node.Agency, depth));
                Walk(node.Units, depth + 1);
            }
        }
        Walk(DirectoryService.Build(all), 0);
        return choices;
    }

    public async Task<SaveResult<Agency>> CreateAsync(AgencyFields fields, string userName, CancellationToken cancellationToken = default)
    {
        var all = await db.Agencies.ToListAsync(cancellationToken);
        if (Check(fields, null, all) is { } refused)
        {
            return refused;
        }
        var slug = SlugGenerator.FromTitle(DirectoryRules.Clean(fields.NameVi));
        slug = slug.Length == 0 ? "co-quan" : slug;
        var taken = all.Select(a => a.Slug).ToHashSet(StringComparer.Ordinal);
        var unique = slug;
        for (var n = 2; taken.Contains(unique) || unique.EndsWith(".vcf", StringComparison.Ordinal); n++)
        {
            unique = SlugGenerator.WithSuffix(slug, $"-{n}");
        }
        var agency = new Agency
        {
            Slug = unique,
            NameVi = "",
            SortOrder = all.Where(a => a.ParentId == fields.ParentId).Select(a => a.SortOrder).DefaultIfEmpty(0).Max() + 1,
        };
        Apply(agency, fields, userName);
        db.Agencies.Add(agency);
        audit.Add(userName, AuditActions.DirectoryChanged, agency.NameVi, $"Thêm cơ quan; địa chỉ trang: {unique}");
        await db.SaveChangesAsync(cancellationToken);
        return new SaveResult<Agency>.Saved(agency);
    }

    public async Task<SaveResult<Agency>> UpdateAsync(int id, AgencyFields fields, string userName, CancellationToken cancellationToken = default)
    {
        var all = await db.Agencies.ToListAsync(cancellationToken);
        if (all.FirstOrDefault(a => a.Id == id) is not { } agency)
        {
            return new SaveResult<Agency>.NotFound();
        }
        if (Check(fields, id, all) is { } refused)
        {
            return refused;
        }
        var before = (agency.ParentId, agency.NameVi, agency.NameEn, agency.AddressVi, agency.AddressEn, agency.Phone, agency.Email, agency.Website,
            agency.FunctionsViMarkdown, agency.FunctionsEnMarkdown);
        if (agency.ParentId != fields.ParentId)
        {
            agency.SortOrder = all.Where(a => a.ParentId == fields.ParentId && a.Id != id).Select(a => a.SortOrder).DefaultIfEmpty(0).Max() + 1;
        }
        Apply(agency, fields, userName);
        string Name(int? parentId) => all.FirstOrDefault(a => a.Id == parentId)?.NameVi ?? "";
        var changes = DirectoryRules.Changes(
            ("cấp trên", Name(before.ParentId), Name(agency.ParentId)), ("tên", before.NameVi, agency.NameVi), ("tên tiếng Anh", before.NameEn, agency.NameEn),
            ("địa chỉ", before.AddressVi, agency.AddressVi), ("địa chỉ tiếng Anh", before.AddressEn, agency.AddressEn), ("điện thoại", before.Phone, agency.Phone),
            ("thư điện tử", before.Email, agency.Email), ("trang web", before.Website, agency.Website),
            ("chức năng", before.FunctionsViMarkdown, agency.FunctionsViMarkdown), ("chức năng tiếng Anh", before.FunctionsEnMarkdown, agency.FunctionsEnMarkdown));
        if (changes.Length > 0)
        {
            audit.Add(userName, AuditActions.DirectoryChanged, agency.NameVi, "Sửa cơ quan: " + changes);
            await db.SaveChangesAsync(cancellationToken);
        }
        return new SaveResult<Agency>.Saved(agency);
    }

    /// <summary>Refused while the agency has units or officials: the message says which.</summary>
    public async Task<SaveResult<Agency>> DeleteAsync(int id, string userName, CancellationToken cancellationToken = default)
    {
        var agency = await db.Agencies.FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (agency is null)
        {
            return new SaveResult<Agency>.NotFound();
        }
        var units = await db.Agencies.CountAsync(a => a.ParentId == id, cancellationToken);
        var officials = await db.Officials.CountAsync(o => o.AgencyId == id, cancellationToken);
        if (units > 0 || officials > 0)
        {
            return new SaveResult<Agency>.Invalid(SaveResult<Agency>.FormField,
                $"Chưa xóa được “{agency.NameVi}”: cơ quan còn {units} đơn vị trực thuộc và {officials} cán bộ. Xin chuyển hoặc xóa họ trước.");
        }
        db.Agencies.Remove(agency);
        audit.Add(userName, AuditActions.DirectoryDeleted, agency.NameVi, $"Xóa cơ quan; địa chỉ trang: {agency.Slug}");
        await db.SaveChangesAsync(cancellationToken);
        return new SaveResult<Agency>.Saved(agency);
    }

    /// <summary>Swaps the agency with its sibling above (-1) or below (+1); null when there is no such agency.</summary>
    public async Task<Agency?> MoveAsync(int id, int step, string userName, CancellationToken cancellationToken = default)
    {
        var agency = await db.Agencies.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (agency is null)
        {
            return null;
        }
        var siblings = await db.Agencies.Where(a => a.ParentId == agency.ParentId)
            .OrderBy(a => a.SortOrder).ThenBy(a => a.NameVi).ThenBy(a => a.Id).ToListAsync(cancellationToken);
        return await SiblingOrder.MoveAsync(db, audit, siblings, id, step, a => a.NameVi, (a, o) => a.SortOrder = o, a => a.SortOrder, userName, cancellationToken);
    }

    private SaveResult<Agency>? Check(AgencyFields fields, int? id, List<Agency> all)
    {
        var errors = DirectoryRules.CheckContacts(DirectoryRules.Clean(fields.Phone), DirectoryRules.Clean(fields.Email), DirectoryRules.Clean(fields.Website));
        if (DirectoryRules.Clean(fields.NameVi).Length == 0)
        {
            errors["NameVi"] = "Xin nhập tên cơ quan.";
        }
        if (fields.ParentId is { } parentId)
        {
            if (all.All(a => a.Id != parentId))
            {
                errors["ParentId"] = ParentMissing;
            }
            else if (id is { } self && SubtreeOf(self, all).Contains(parentId))
            {
                errors["ParentId"] = ParentRefused;
            }
        }
        foreach (var (field, text) in new[] { ("FunctionsVi", fields.FunctionsVi), ("FunctionsEn", fields.FunctionsEn) })
        {
            if (markdown.Render(DirectoryRules.Clean(text)).Error is { } error)
            {
                errors[field] = error;
            }
        }
        return errors.Count > 0 ? new SaveResult<Agency>.Invalid(errors) : null;
    }

    private void Apply(Agency agency, AgencyFields fields, string userName)
    {
        agency.ParentId = fields.ParentId;
        agency.NameVi = DirectoryRules.Clean(fields.NameVi);
        agency.NameEn = DirectoryRules.Clean(fields.NameEn);
        agency.AddressVi = DirectoryRules.Clean(fields.AddressVi);
        agency.AddressEn = DirectoryRules.Clean(fields.AddressEn);
        agency.Phone = DirectoryRules.Clean(fields.Phone);
        agency.Email = DirectoryRules.Clean(fields.Email);
        agency.Website = DirectoryRules.Clean(fields.Website);
        agency.FunctionsViMarkdown = DirectoryRules.Clean(fields.FunctionsVi);
        agency.FunctionsViHtml = markdown.Render(agency.FunctionsViMarkdown).Html;
        agency.FunctionsEnMarkdown = DirectoryRules.Clean(fields.FunctionsEn);
        agency.FunctionsEnHtml = markdown.Render(agency.FunctionsEnMarkdown).Html;
        agency.SearchText = Agency.SearchTextOf(agency.NameVi, agency.NameEn);
        agency.UpdatedAt = time.GetUtcNow().UtcDateTime;
        agency.UpdatedBy = userName;
    }

    /// <summary>The agency and its units at any depth.</summary>
    private static HashSet<int> SubtreeOf(int id, IReadOnlyList<Agency> all)
    {
        var subtree = new HashSet<int> { id };
        for (var grew = true; grew;)
        {
            grew = false;
            foreach (var agency in all.Where(a => a.ParentId is { } p && subtree.Contains(p)))
            {
                grew |= subtree.Add(agency.Id);
            }
        }
        return subtree;
    }
}
