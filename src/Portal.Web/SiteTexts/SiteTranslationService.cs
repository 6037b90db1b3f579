using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Portal.Web.Auditing;
using Portal.Web.Data;
using Portal.Web.Editing;
using Portal.Web.Hosting;

namespace Portal.Web.SiteTexts;

/// <summary>The site's texts in English, as typed by an administrator or, until one saves them, the operator's defaults.</summary>
public sealed record SiteEnglishTexts(string Name, string Owner, string Address, string EditorInCharge);

/// <summary>Reads and saves the one <see cref="SiteTranslation"/> row; a save evicts every cached page (the layout shows it).</summary>
public sealed class SiteTranslationService(PortalDbContext db, AuditLog audit, TimeProvider time, IOptions<SiteOptions> options)
{
    public async Task<SiteEnglishTexts> CurrentAsync(CancellationToken cancellationToken = default)
    {
        var row = await db.SiteTranslations.AsNoTracking().FirstOrDefaultAsync(s => s.Id == SiteTranslation.SingleId, cancellationToken);
        return row is null ? Defaults(options.Value) : new SiteEnglishTexts(row.Name, row.Owner, row.Address, row.EditorInCharge);
    }

    /// <summary>The operator's English texts (<c>Portal:Site</c>), shown until an administrator saves the site's texts.</summary>
    public static SiteEnglishTexts Defaults(SiteOptions site) => new(site.NameEn, site.OwnerEn, site.AddressEn, site.EditorInChargeEn);

    public async Task<SaveResult<SiteEnglishTexts>> SaveAsync(SiteEnglishTexts typed, string userName, CancellationToken cancellationToken = default)
    {
        var texts = new SiteEnglishTexts(Clean(typed.Name), Clean(typed.Owner), Clean(typed.Address), Clean(typed.EditorInCharge));
        var errors = new Dictionary<string, string>();
        foreach (var (field, value, max) in new[]
        {
            (nameof(texts.Name), texts.Name, SiteTranslation.TextMaxLength),
            (nameof(texts.Owner), texts.Owner, SiteTranslation.TextMaxLength),
            (nameof(texts.Address), texts.Address, SiteTranslation.AddressMaxLength),
            (nameof(texts.EditorInCharge), texts.EditorInCharge, SiteTranslation.TextMaxLength),
        })
        {
            if (value.Length > max)
            {
                errors[field] = $"Tối đa {max} ký tự.";
            }
        }
        if (errors.Count > 0)
        {
            return new SaveResult<SiteEnglishTexts>.Invalid(errors);
        }
        var before = await CurrentAsync(cancellationToken);
        var changes = new[]
        {
            ("tên cổng", before.Name, texts.Name),
            ("cơ quan chủ quản", before.Owner, texts.Owner),
            ("địa chỉ", before.Address, texts.Address),
            ("chịu trách nhiệm chính", before.EditorInCharge, texts.EditorInCharge),
        }.Where(c => c.Item2 != c.Item3).Select(c => $"{c.Item1}: {c.Item2} → {c.Item3}").ToList();
        var row = await db.SiteTranslations.FirstOrDefaultAsync(s => s.Id == SiteTranslation.SingleId, cancellationToken);
        if (changes.Count == 0 && row is not null)
        {
            return new SaveResult<SiteEnglishTexts>.Saved(texts);
        }
        if (row is null)
        {
            row = new SiteTranslation();
            db.SiteTranslations.Add(row);
        }
        (row.Name, row.Owner, row.Address, row.EditorInCharge) = (texts.Name, texts.Owner, texts.Address, texts.EditorInCharge);
        row.UpdatedAt = time.GetUtcNow().UtcDateTime;
        row.UpdatedBy = userName;
        audit.Add(userName, AuditActions.SiteTextsChanged, "Thông tin cổng (tiếng Anh)",
            changes.Count == 0 ? "Lưu các giá trị mặc định" : "Sửa " + string.Join("; ", changes));
        await db.SaveChangesAsync(cancellationToken);
        return new SaveResult<SiteEnglishTexts>.Saved(texts);
    }

    private static string Clean(string? text) => (text ?? "").Trim().Normalize(NormalizationForm.FormC);
}
