using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Portal.Web.Auditing;
using Portal.Web.Data;

namespace Portal.Web.Participation;

/// <summary>One kind's rows of one person.</summary>
public sealed record PersonalDataGroup(string Kind, IReadOnlyList<PersonalDataRecord> Records);

/// <summary>
/// A person's request about their data (Nghị định 13/2023/NĐ-CP), handled by an administrator over every kind that
/// keeps some: what is kept, a copy of it, its erasure. The audit log names the count and a masked address only.
/// </summary>
public sealed class PersonalDataRequests(PortalDbContext db, IEnumerable<IPersonalDataSource> sources, AuditLog audit, TimeProvider time)
{
    private static readonly JsonSerializerOptions ExportJson = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    public async Task<IReadOnlyList<PersonalDataGroup>> FindAsync(string email, CancellationToken cancellationToken)
    {
        var groups = new List<PersonalDataGroup>();
        foreach (var source in sources)
        {
            groups.Add(new PersonalDataGroup(source.Kind, await source.FindAsync(email, cancellationToken)));
        }
        return groups;
    }

    /// <summary>Everything kept of <paramref name="email"/>, as a JSON file to hand the person; the export is audited.</summary>
    public async Task<byte[]> ExportAsync(string email, string userName, CancellationToken cancellationToken)
    {
        var groups = await FindAsync(email, cancellationToken);
        var records = groups.SelectMany(g => g.Records).ToList();
        var export = new
        {
            email,
            exportedAt = time.GetUtcNow().UtcDateTime,
            records = records.Select(r => new
            {
                kind = r.Kind,
                id = r.Id,
                createdAt = r.CreatedAt,
                fields = r.Fields.ToDictionary(f => f.Key, f => f.Value),
            }),
        };
        await audit.RecordAsync(userName, AuditActions.PersonalDataExported, ParticipantEmail.Mask(email), Count(records.Count), cancellationToken);
        return JsonSerializer.SerializeToUtf8Bytes(export, ExportJson);
    }

    /// <summary>Erases every row of <paramref name="email"/> in every kind, and the audit entry, in one transaction.</summary>
    public async Task<int> EraseAsync(string email, string userName, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var erased = 0;
        foreach (var source in sources)
        {
            erased += await source.EraseAsync(email, now, cancellationToken);
        }
        audit.Add(userName, AuditActions.PersonalDataErased, ParticipantEmail.Mask(email), Count(erased));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return erased;
    }

    /// <summary>
    /// Erases, in every kind, the rows whose retention has run out; one audit entry (counts per kind, no address)
    /// when anything was erased. Returns the rows erased.
    /// </summary>
    public async Task<int> EraseExpiredAsync(int retentionMonths, string userName, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var counts = new List<string>();
        var erased = 0;
        foreach (var source in sources)
        {
            var count = await source.EraseExpiredAsync(now, retentionMonths, cancellationToken);
            if (count > 0)
            {
                counts.Add($"{source.Kind}: {count}");
                erased += count;
            }
        }
        if (erased > 0)
        {
            audit.Add(userName, AuditActions.PersonalDataExpired, $"Sau {retentionMonths} tháng", string.Join("; ", counts));
            await db.SaveChangesAsync(cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
        return erased;
    }

    private static string Count(int records) => $"{records} bản ghi";
}
