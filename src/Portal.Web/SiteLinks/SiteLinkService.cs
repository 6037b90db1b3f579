using System.Text;
using Microsoft.EntityFrameworkCore;
using Portal.Web.Auditing;
using Portal.Web.Data;
using Portal.Web.Editing;

namespace Portal.Web.SiteLinks;

/// <summary>What an administrator types for a site link; the English name is optional.</summary>
public sealed record SiteLinkFields(string Name, string Url, string? NameEn = null);

public sealed class SiteLinkService(PortalDbContext db, AuditLog audit)
{
    public const string AddressRefused = "Địa chỉ phải là một địa chỉ web đầy đủ, bắt đầu bằng https:// hoặc http://, ví dụ: https://chinhphu.vn.";

    // Never valid unescaped in an address (RFC 3986); here they only come from pasted markup.
    private static readonly char[] NotAllowedInAddresses = ['"', '<', '>', '\\', '^', '`', '{', '|', '}'];

    public Task<List<SiteLink>> AllAsync(CancellationToken cancellationToken = default) =>
        db.SiteLinks.AsNoTracking().InHandOrder().ToListAsync(cancellationToken);

    public Task<SiteLink?> FindAsync(int id, CancellationToken cancellationToken = default) =>
        db.SiteLinks.AsNoTracking().FirstOrDefaultAsync(l => l.Id == id, cancellationToken);

    /// <summary>
    /// Only a whole http or https address: the sidebar is on every page, so a <c>javascript:</c>, <c>data:</c>
    /// or relative address there would be a hole in every page.
    /// </summary>
    public static bool IsAllowedAddress(string address)
    {
        var url = address.Trim();
        return url.Length <= SiteLink.UrlMaxLength
            && (url.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || url.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
            && !url.Any(c => char.IsWhiteSpace(c) || char.IsControl(c) || NotAllowedInAddresses.Contains(c))
            && Uri.TryCreate(url, UriKind.Absolute, out var uri)
            && uri.Scheme is "http" or "https"
            && uri.Host.Length > 0;
    }

    /// <summary>A new link goes to the end of the list.</summary>
    public async Task<SaveResult<SiteLink>> CreateAsync(SiteLinkFields fields, string userName, CancellationToken cancellationToken = default)
    {
        var (name, url, nameEn) = Clean(fields);
        if (!IsAllowedAddress(url))
        {
            return new SaveResult<SiteLink>.Invalid(nameof(SiteLinkFields.Url), AddressRefused);
        }
        var link = new SiteLink { Name = name, NameEn = nameEn, Url = url, SortOrder = await db.SiteLinks.NextSortOrderAsync(cancellationToken) };
        db.SiteLinks.Add(link);
        audit.Add(userName, AuditActions.SiteLinkChanged, name, $"Thêm liên kết; địa chỉ: {url}");
        await db.SaveChangesAsync(cancellationToken);
        return new SaveResult<SiteLink>.Saved(link);
    }

    public async Task<SaveResult<SiteLink>> UpdateAsync(int id, SiteLinkFields fields, string userName, CancellationToken cancellationToken = default)
    {
        var (name, url, nameEn) = Clean(fields);
        var link = await db.SiteLinks.FirstOrDefaultAsync(l => l.Id == id, cancellationToken);
        if (link is null)
        {
            return new SaveResult<SiteLink>.NotFound();
        }
        if (!IsAllowedAddress(url))
        {
            return new SaveResult<SiteLink>.Invalid(nameof(SiteLinkFields.Url), AddressRefused);
        }
        var changes = new List<string>();
        if (link.Name != name)
        {
            changes.Add($"tên: {link.Name} → {name}");
        }
        if (link.NameEn != nameEn)
        {
            changes.Add($"tên tiếng Anh: {link.NameEn} → {nameEn}");
        }
        if (link.Url != url)
        {
            changes.Add($"địa chỉ: {link.Url} → {url}");
        }
        if (changes.Count > 0)
        {
            (link.Name, link.NameEn, link.Url) = (name, nameEn, url);
            audit.Add(userName, AuditActions.SiteLinkChanged, name, "Sửa " + string.Join("; ", changes));
            await db.SaveChangesAsync(cancellationToken);
        }
        return new SaveResult<SiteLink>.Saved(link);
    }

    /// <summary>Swaps the link with the one above it; null when there is no such link.</summary>
    public Task<SiteLink?> MoveUpAsync(int id, string userName, CancellationToken cancellationToken = default) =>
        HandOrder.MoveAsync<SiteLink>(db, audit, id, -1, userName, AuditActions.SiteLinkChanged, cancellationToken);

    /// <summary>Swaps the link with the one below it; null when there is no such link.</summary>
    public Task<SiteLink?> MoveDownAsync(int id, string userName, CancellationToken cancellationToken = default) =>
        HandOrder.MoveAsync<SiteLink>(db, audit, id, +1, userName, AuditActions.SiteLinkChanged, cancellationToken);

    /// <summary>The deleted link, or null when there was none.</summary>
    public async Task<SiteLink?> DeleteAsync(int id, string userName, CancellationToken cancellationToken = default)
    {
        var link = await db.SiteLinks.FirstOrDefaultAsync(l => l.Id == id, cancellationToken);
        if (link is null)
        {
            return null;
        }
        db.SiteLinks.Remove(link);
        audit.Add(userName, AuditActions.SiteLinkDeleted, link.Name, $"địa chỉ: {link.Url}");
        await db.SaveChangesAsync(cancellationToken);
        return link;
    }

    private static (string Name, string Url, string NameEn) Clean(SiteLinkFields fields) =>
        (fields.Name.Trim().Normalize(NormalizationForm.FormC), fields.Url.Trim(), (fields.NameEn ?? "").Trim().Normalize(NormalizationForm.FormC));
}
