using Microsoft.EntityFrameworkCore;
using Portal.Web.Auditing;
using Portal.Web.Data;
using Portal.Web.Editing;

namespace Portal.Web.Agencies;

/// <summary>What the newsroom types for an official: the agency (moving them), the name, titles, contacts and a library photo.</summary>
public sealed record OfficialFields(int AgencyId, string Name, string TitleVi, string TitleEn, string Phone, string Email, int? PhotoId);

/// <summary>
/// The newsroom's writes to the officials: add, edit (moving to another agency puts them last there), delete, up and
/// down within their agency. Every change is in the audit log, saved with it.
/// </summary>
public sealed class OfficialAdmin(PortalDbContext db, AuditLog audit, TimeProvider time)
{
    public const string AgencyMissing = "Cơ quan đã chọn không còn nữa. Xin chọn lại.";
    public const string PhotoMissing = "Ảnh đã chọn không có trong thư viện ảnh. Xin chọn lại.";

    public Task<Official?> FindAsync(int id, CancellationToken cancellationToken = default) =>
        db.Officials.AsNoTracking().Include(o => o.Agency).Include(o => o.Photo!).ThenInclude(p => p.Variants)
            .FirstOrDefaultAsync(o => o.Id == id, cancellationToken);

    /// <summary>The agency's officials in display order; null when there is no such agency.</summary>
    public async Task<(Agency Agency, IReadOnlyList<Official> Officials)?> OfAgencyAsync(int agencyId, CancellationToken cancellationToken = default)
    {
        var agency = await db.Agencies.AsNoTracking().FirstOrDefaultAsync(a => a.Id == agencyId, cancellationToken);
        if (agency is null)
        {
            return null;
        }
        var officials = await db.Officials.AsNoTracking().Where(o => o.AgencyId == agencyId)
            .OrderBy(o => o.SortOrder).ThenBy(o => o.Name).ThenBy(o => o.Id).ToListAsync(cancellationToken);
        return (agency, officials);
    }

    public async Task<SaveResult<Official>> CreateAsync(OfficialFields fields, string userName, CancellationToken cancellationToken = default)
    {
        if (await CheckAsync(fields, cancellationToken) is { } refused)
        {
            return refused;
        }
        var official = new Official { Name = "", TitleVi = "", SortOrder = await NextOrderAsync(fields.AgencyId, cancellationToken) };
        Apply(official, fields, userName);
        db.Officials.Add(official);
        audit.Add(userName, AuditActions.DirectoryChanged, official.Name, $"Thêm cán bộ: {official.TitleVi}, {await AgencyNameAsync(fields.AgencyId, cancellationToken)}");
        await db.SaveChangesAsync(cancellationToken);
        return new SaveResult<Official>.Saved(official);
    }

    public async Task<SaveResult<Official>> UpdateAsync(int id, OfficialFields fields, string userName, CancellationToken cancellationToken = default)
    {
        var official = await db.Officials.FirstOrDefaultAsync(o => o.Id == id, cancellationToken);
        if (official is null)
        {
            return new SaveResult<Official>.NotFound();
        }
        if (await CheckAsync(fields, cancellationToken) is { } refused)
        {
            return refused;
        }
        var before = (official.AgencyId, official.Name, official.TitleVi, official.TitleEn, official.Phone, official.Email, official.PhotoId);
        if (official.AgencyId != fields.AgencyId)
        {
            official.SortOrder = await NextOrderAsync(fields.AgencyId, cancellationToken);
        }
        Apply(official, fields, userName);
        var changes = DirectoryRules.Changes(
            ("cơ quan", await AgencyNameAsync(before.AgencyId, cancellationToken), await AgencyNameAsync(official.AgencyId, cancellationToken)),
            ("tên", before.Name, official.Name), ("chức vụ", before.TitleVi, official.TitleVi), ("chức vụ tiếng Anh", before.TitleEn, official.TitleEn),
            ("điện thoại", before.Phone, official.Phone), ("thư điện tử", before.Email, official.Email),
            ("ảnh", before.PhotoId?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "", official.PhotoId?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? ""));
        if (changes.Length > 0)
        {
            audit.Add(userName, AuditActions.DirectoryChanged, official.Name, "Sửa cán bộ: " + changes);
            await db.SaveChangesAsync(cancellationToken);
        }
        return new SaveResult<Official>.Saved(official);
    }

    public async Task<Official?> DeleteAsync(int id, string userName, CancellationToken cancellationToken = default)
    {
        var official = await db.Officials.Include(o => o.Agency).FirstOrDefaultAsync(o => o.Id == id, cancellationToken);
        if (official is null)
        {
            return null;
        }
        db.Officials.Remove(official);
        audit.Add(userName, AuditActions.DirectoryDeleted, official.Name, $"Xóa cán bộ: {official.TitleVi}, {official.Agency!.NameVi}");
        await db.SaveChangesAsync(cancellationToken);
        return official;
    }

    /// <summary>Swaps the official with the one above (-1) or below (+1) in their agency; null when there is no such official.</summary>
    public async Task<Official?> MoveAsync(int id, int step, string userName, CancellationToken cancellationToken = default)
    {
        var agencyId = await db.Officials.Where(o => o.Id == id).Select(o => (int?)o.AgencyId).FirstOrDefaultAsync(cancellationToken);
        if (agencyId is null)
        {
            return null;
        }
        var siblings = await db.Officials.Where(o => o.AgencyId == agencyId)
            .OrderBy(o => o.SortOrder).ThenBy(o => o.Name).ThenBy(o => o.Id).ToListAsync(cancellationToken);
        return await SiblingOrder.MoveAsync(db, audit, siblings, id, step, o => o.Name, (o, order) => o.SortOrder = order, o => o.SortOrder, userName, cancellationToken);
    }

    private async Task<SaveResult<Official>?> CheckAsync(OfficialFields fields, CancellationToken cancellationToken)
    {
        var errors = DirectoryRules.CheckContacts(DirectoryRules.Clean(fields.Phone), DirectoryRules.Clean(fields.Email));
        if (DirectoryRules.Clean(fields.Name).Length == 0)
        {
            errors["Name"] = "Xin nhập họ và tên.";
        }
        if (DirectoryRules.Clean(fields.TitleVi).Length == 0)
        {
            errors["TitleVi"] = "Xin nhập chức vụ.";
        }
        if (!await db.Agencies.AnyAsync(a => a.Id == fields.AgencyId, cancellationToken))
        {
            errors["AgencyId"] = AgencyMissing;
        }
        if (fields.PhotoId is { } photoId && !await db.Photos.AnyAsync(p => p.Id == photoId, cancellationToken))
        {
            errors["PhotoId"] = PhotoMissing;
        }
        return errors.Count > 0 ? new SaveResult<Official>.Invalid(errors) : null;
    }

    private void Apply(Official official, OfficialFields fields, string userName)
    {
        official.AgencyId = fields.AgencyId;
        official.Name = DirectoryRules.Clean(fields.Name);
        official.TitleVi = DirectoryRules.Clean(fields.TitleVi);
        official.TitleEn = DirectoryRules.Clean(fields.TitleEn);
        official.Phone = DirectoryRules.Clean(fields.Phone);
        official.Email = DirectoryRules.Clean(fields.Email);
        official.PhotoId = fields.PhotoId;
        official.SearchText = Official.SearchTextOf(official.Name, official.TitleVi, official.TitleEn);
        official.UpdatedAt = time.GetUtcNow().UtcDateTime;
        official.UpdatedBy = userName;
    }

    private async Task<int> NextOrderAsync(int agencyId, CancellationToken cancellationToken) =>
        (await db.Officials.Where(o => o.AgencyId == agencyId).Select(o => (int?)o.SortOrder).MaxAsync(cancellationToken) ?? 0) + 1;

    private async Task<string> AgencyNameAsync(int agencyId, CancellationToken cancellationToken) =>
        await db.Agencies.Where(a => a.Id == agencyId).Select(a => a.NameVi).FirstOrDefaultAsync(cancellationToken) ?? "";
}
