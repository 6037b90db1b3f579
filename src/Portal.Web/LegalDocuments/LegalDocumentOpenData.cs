using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using CsvHelper;
using Microsoft.EntityFrameworkCore;
using Portal.Web.Data;
using Portal.Web.Feeds;

namespace Portal.Web.LegalDocuments;

/// <summary>A document as the open data gives it: every field, its files and its relations, addresses as paths.</summary>
public sealed record LegalDocumentRecord(
    LegalDocument Document, IReadOnlyList<string> Fields, IReadOnlyList<LegalDocumentRecord.File> Files, IReadOnlyList<RelatedDocument> Relations, LegalForce Force)
{
    public sealed record File(int Id, string FileName, DocumentFileFormat Format, long Length, int? PageCount);
}

/// <summary>
/// <c>/van-ban.json</c> and <c>/van-ban.csv</c>: every document the list's filters match, unpaged, written as it is
/// read. Documents are read in batches by keyset (newest issued first), each batch's fields, files and relations in
/// three more queries, so memory holds one batch whatever the library's size, and no query stays open while the
/// response is written (PostgreSQL runs one command at a time on a connection).
/// </summary>
public sealed class LegalDocumentOpenData(PublishedLegalDocuments documents, PortalDbContext db)
{
    public const int BatchSize = 500;

    private static readonly JsonWriterOptions JsonOptions = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All), Indented = false };

    public static readonly string[] CsvHeader =
    [
        "id", "number", "type", "issuer", "fields", "signer", "signerTitle", "issuedOn", "effectiveOn", "expiresOn",
        "legalForce", "forceNote", "abstract", "url", "publishedAt", "files", "relations",
    ];

    public async IAsyncEnumerable<LegalDocumentRecord> RecordsAsync(LegalDocumentFilter filter, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var matching = documents.Filtered(filter);
        var today = documents.Today;
        (DateOnly IssuedOn, int Id)? last = null;
        while (true)
        {
            var rows = matching;
            if (last is var (issuedOn, id))
            {
                rows = rows.Where(d => d.IssuedOn < issuedOn || (d.IssuedOn == issuedOn && d.Id < id));
            }
            var batch = await rows.OrderByDescending(d => d.IssuedOn).ThenByDescending(d => d.Id).Take(BatchSize)
                .Include(d => d.DocumentType).Include(d => d.Issuer).ToListAsync(cancellationToken);
            if (batch.Count == 0)
            {
                yield break;
            }
            var ids = batch.Select(d => d.Id).ToList();
            var fields = (await db.LegalDocuments.AsNoTracking().Where(d => ids.Contains(d.Id))
                    .SelectMany(d => d.Fields, (d, f) => new { DocumentId = d.Id, f.Name, f.SortOrder })
                    .ToListAsync(cancellationToken))
                .ToLookup(f => f.DocumentId, f => f);
            var files = (await db.LegalDocumentFiles.AsNoTracking().Where(f => ids.Contains(f.DocumentId))
                    .OrderBy(f => f.SortOrder).ThenBy(f => f.Id)
                    .Select(f => new { f.DocumentId, File = new LegalDocumentRecord.File(f.Id, f.FileName, f.Format, f.Length, f.PageCount) })
                    .ToListAsync(cancellationToken))
                .ToLookup(f => f.DocumentId, f => f.File);
            var relations = await RelationsAsync(ids, cancellationToken);
            foreach (var document in batch)
            {
                yield return new LegalDocumentRecord(document,
                    [.. fields[document.Id].OrderBy(f => f.SortOrder).ThenBy(f => f.Name, StringComparer.Ordinal).Select(f => f.Name)],
                    [.. files[document.Id]], [.. relations[document.Id]], LegalForceRule.On(document, today));
            }
            last = (batch[^1].IssuedOn, batch[^1].Id);
        }
    }

    private async Task<ILookup<int, RelatedDocument>> RelationsAsync(List<int> ids, CancellationToken cancellationToken)
    {
        var visible = documents.Visible();
        var acting = await db.LegalDocumentRelations.AsNoTracking().Where(r => ids.Contains(r.DocumentId))
            .Join(visible, r => r.TargetId, d => d.Id, (r, d) => new { Of = r.DocumentId, Related = new RelatedDocument(r.Kind, true, d.Id, d.Slug, d.Number, d.DocumentType!.Name, d.Abstract, d.IssuedOn) })
            .ToListAsync(cancellationToken);
        var actedOn = await db.LegalDocumentRelations.AsNoTracking().Where(r => ids.Contains(r.TargetId))
            .Join(visible, r => r.DocumentId, d => d.Id, (r, d) => new { Of = r.TargetId, Related = new RelatedDocument(r.Kind, false, d.Id, d.Slug, d.Number, d.DocumentType!.Name, d.Abstract, d.IssuedOn) })
            .ToListAsync(cancellationToken);
        return acting.Concat(actedOn).OrderBy(r => r.Related.Acting ? 0 : 1).ThenBy(r => r.Related.Kind).ThenBy(r => r.Related.Id)
            .ToLookup(r => r.Of, r => r.Related);
    }

    /// <summary>A JSON array of documents, flushed to <paramref name="output"/> every batch.</summary>
    public async Task WriteJsonAsync(Stream output, LegalDocumentFilter filter, Func<string, string> absolute, CancellationToken cancellationToken)
    {
        await using var json = new Utf8JsonWriter(output, JsonOptions);
        json.WriteStartArray();
        var written = 0;
        await foreach (var record in RecordsAsync(filter, cancellationToken))
        {
            WriteJson(json, record, absolute);
            if (++written % 100 == 0)
            {
                await json.FlushAsync(cancellationToken);
            }
        }
        json.WriteEndArray();
        await json.FlushAsync(cancellationToken);
    }

    private static void WriteJson(Utf8JsonWriter json, LegalDocumentRecord record, Func<string, string> absolute)
    {
        var d = record.Document;
        json.WriteStartObject();
        json.WriteNumber("id", d.Id);
        json.WriteString("number", d.Number);
        json.WriteString("type", d.DocumentType?.Name);
        json.WriteString("issuer", d.Issuer?.Name);
        json.WriteStartArray("fields");
        foreach (var field in record.Fields)
        {
            json.WriteStringValue(field);
        }
        json.WriteEndArray();
        json.WriteString("signer", d.Signer);
        json.WriteString("signerTitle", d.SignerTitle);
        json.WriteString("issuedOn", Date(d.IssuedOn));
        json.WriteString("effectiveOn", Date(d.EffectiveOn));
        json.WriteString("expiresOn", Date(d.ExpiresOn));
        json.WriteString("legalForce", record.Force.ToString());
        json.WriteString("legalForceLabel", LegalForceRule.Label(record.Force));
        json.WriteString("forceNote", d.ForceNote);
        json.WriteString("abstract", d.Abstract);
        json.WriteString("url", absolute(PublicUrls.LegalDocumentPath(d.Id, d.Slug)));
        json.WriteString("publishedAt", d.PublishedAt?.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
        json.WriteStartArray("files");
        foreach (var file in record.Files)
        {
            json.WriteStartObject();
            json.WriteString("name", file.FileName);
            json.WriteString("format", DocumentFileFormats.Label(file.Format));
            json.WriteString("contentType", DocumentFileFormats.ContentType(file.Format));
            json.WriteNumber("length", file.Length);
            if (file.PageCount is { } pages)
            {
                json.WriteNumber("pageCount", pages);
            }
            json.WriteString("url", absolute(PublicUrls.LegalDocumentFilePath(file.Id, file.FileName)));
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteStartArray("relations");
        foreach (var related in record.Relations)
        {
            json.WriteStartObject();
            json.WriteString("kind", related.Kind.ToString());
            json.WriteString("direction", related.Acting ? "acts-on" : "acted-on-by");
            json.WriteString("label", related.Label);
            json.WriteNumber("id", related.Id);
            json.WriteString("number", related.Number);
            json.WriteString("url", absolute(PublicUrls.LegalDocumentPath(related.Id, related.Slug)));
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>
    /// A CSV writer as every export of the portal needs one (this open data, the consultations' comments): a UTF-8
    /// byte order mark, so Excel reads Vietnamese, and a leading apostrophe on a cell starting with = + - @, so no
    /// spreadsheet takes someone's text for a formula. The stream stays open.
    /// </summary>
    public static CsvWriter SpreadsheetCsv(Stream output) =>
        CsvWriter.Create(output, new CsvWriterOptions { Injection = CsvInjection.Escape, WriteByteOrderMark = true }, leaveOpen: true);

    /// <summary>
    /// CSV (RFC 4180) with a UTF-8 byte order mark, so Excel reads Vietnamese; a cell starting with = + - @ gets a
    /// leading apostrophe, so no spreadsheet takes a document's text for a formula. Flushed every batch.
    /// </summary>
    public async Task WriteCsvAsync(Stream output, LegalDocumentFilter filter, Func<string, string> absolute, CancellationToken cancellationToken)
    {
        await using var csv = SpreadsheetCsv(output);
        await csv.WriteRecordAsync(CsvHeader, cancellationToken);
        var written = 0;
        await foreach (var record in RecordsAsync(filter, cancellationToken))
        {
            var d = record.Document;
            string[] cells =
            [
                d.Id.ToString(CultureInfo.InvariantCulture), d.Number, d.DocumentType?.Name ?? "", d.Issuer?.Name ?? "", string.Join("; ", record.Fields),
                d.Signer, d.SignerTitle, Date(d.IssuedOn) ?? "", Date(d.EffectiveOn) ?? "", Date(d.ExpiresOn) ?? "",
                LegalForceRule.Label(record.Force), d.ForceNote, d.Abstract, absolute(PublicUrls.LegalDocumentPath(d.Id, d.Slug)),
                d.PublishedAt?.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture) ?? "",
                string.Join(" | ", record.Files.Select(f => absolute(PublicUrls.LegalDocumentFilePath(f.Id, f.FileName)))),
                string.Join(" | ", record.Relations.Select(r => $"{r.Label} {r.Number} {absolute(PublicUrls.LegalDocumentPath(r.Id, r.Slug))}")),
            ];
            await csv.WriteRecordAsync(cells, cancellationToken);
            if (++written % 100 == 0)
            {
                await csv.FlushAsync(cancellationToken);
            }
        }
        await csv.FlushAsync(cancellationToken);
    }

    private static string? Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
