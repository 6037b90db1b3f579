using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Portal.Web.Articles;
using Portal.Web.Data;
using Portal.Web.LegalDocuments;
using Portal.Web.LegalDocuments.Files;
using Portal.Web.Media;
using Portal.Web.Publishing;
using Portal.Web.Search;

namespace Portal.Web.Importing;

/// <summary>
/// <c>generate --documents N</c>: published legal documents for load and search tests, the same seed giving the same
/// documents. Each has one real PDF (<see cref="SimplePdf"/>); for speed the bytes are a few distinct PDFs shared
/// through the content-addressed store, while each file's <see cref="LegalDocumentFile.Text"/> is its own few hundred
/// words, so the search index is as varied as a real library's. One in ten documents replaces, amends, guides or
/// repeals an earlier one. Rows go in through EF in large batches without change detection, their search documents
/// through <see cref="ISearch.IndexNewAsync"/>.
/// </summary>
public sealed class LegalDocumentGenerator(
    PortalDbContext db, ISearch search, IPhotoStore store, DocumentFileReader reader, DocumentListNames lists, TimeProvider time, ILogger<LegalDocumentGenerator> logger)
{
    private const int BatchSize = 1000;
    private const int DistinctPdfs = 8;
    private const int IssuedWithinDays = 12 * 365;

    private sealed record SharedPdf(string Hash, long Length, int? PageCount);

    public async Task<int> GenerateAsync(int count, int seed = 2026, CancellationToken cancellationToken = default)
    {
        var random = new Random(seed);
        var types = new List<DocumentType>();
        foreach (var (name, abbreviation) in DocumentTextGenerator.Types)
        {
            types.Add(await lists.TypeAsync(name, $"1/2024/{abbreviation}-UBND", cancellationToken));
        }
        var issuers = new List<(DocumentIssuer Issuer, string Symbol)>();
        foreach (var (name, symbol) in DocumentTextGenerator.Issuers)
        {
            issuers.Add((await lists.IssuerAsync(name, cancellationToken), symbol));
        }
        var fields = await lists.FieldsAsync(DocumentTextGenerator.Fields, cancellationToken);
        var pdfs = await SharedPdfsAsync(random, cancellationToken);
        var taken = (await db.LegalDocuments.Select(d => new { d.IssuerId, d.NumberKey }).ToListAsync(cancellationToken))
            .Select(d => (d.IssuerId, d.NumberKey)).ToHashSet();
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var now = time.GetUtcNow().UtcDateTime;
        var serial = 0;

        db.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            for (var done = 0; done < count; done += BatchSize)
            {
                var batch = Math.Min(BatchSize, count - done);
                await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
                db.AttachRange([.. types, .. issuers.Select(i => i.Issuer), .. fields]);
                var made = new List<LegalDocument>(batch);
                while (made.Count < batch)
                {
                    var type = types[Math.Min(types.Count - 1, (int)(types.Count * Math.Pow(random.NextDouble(), 2)))];
                    var (issuer, symbol) = issuers[Math.Min(issuers.Count - 1, (int)(issuers.Count * Math.Pow(random.NextDouble(), 2)))];
                    var issuedOn = today.AddDays(-random.Next(IssuedWithinDays));
                    var number = type.Abbreviation is "QĐ" or "NQ" or "CT"
                        ? string.Create(CultureInfo.InvariantCulture, $"{++serial}/{issuedOn.Year}/{type.Abbreviation}-{symbol}")
                        : string.Create(CultureInfo.InvariantCulture, $"{++serial}/{type.Abbreviation}-{symbol}");
                    if (!taken.Add((issuer.Id, LegalDocumentNumber.Key(number))))
                    {
                        continue;
                    }
                    made.Add(Document(random, number, type, issuer, fields, issuedOn, pdfs[random.Next(pdfs.Count)], now));
                }
                db.LegalDocuments.AddRange(made);
                var relations = Relations(random, made);
                db.LegalDocumentRelations.AddRange(relations);
                db.ChangeTracker.DetectChanges();
                await db.SaveChangesAsync(cancellationToken);
                await search.IndexNewAsync(LegalDocumentSearchSource.Name, made.ToDictionary(d => d.Id, LegalDocumentSearchSource.Document), cancellationToken);
                db.ChangeTracker.DetectChanges();
                await db.SaveChangesAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                db.ChangeTracker.Clear();
                logger.LogInformation("Generated {Done} of {Count} legal documents", done + batch, count);
            }
        }
        finally
        {
            db.ChangeTracker.AutoDetectChangesEnabled = true;
        }
        return count;
    }

    private static LegalDocument Document(
        Random random, string number, DocumentType type, DocumentIssuer issuer, List<DocumentField> fields, DateOnly issuedOn, SharedPdf pdf, DateTime now)
    {
        var text = DocumentTextGenerator.Next(random, issuedOn.Year);
        var publishedAt = issuedOn.ToDateTime(new TimeOnly(random.Next(1, 10), random.Next(60)), DateTimeKind.Utc);
        var version = new byte[16];
        random.NextBytes(version);
        var firstField = random.Next(fields.Count);
        return new LegalDocument
        {
            Number = number,
            NumberKey = LegalDocumentNumber.Key(number),
            Slug = SlugGenerator.FromTitle($"{type.Name} {number} {text.Abstract}"),
            Abstract = text.Abstract,
            DocumentTypeId = type.Id,
            DocumentType = type,
            IssuerId = issuer.Id,
            Issuer = issuer,
            Fields = random.Next(3) == 0 ? [fields[firstField], fields[(firstField + 1 + random.Next(fields.Count - 1)) % fields.Count]] : [fields[firstField]],
            Signer = text.Signer,
            SignerTitle = text.SignerTitle,
            IssuedOn = issuedOn,
            EffectiveOn = random.Next(3) == 0 ? null : issuedOn.AddDays(random.Next(0, 46)),
            ExpiresOn = random.Next(40) == 0 ? issuedOn.AddDays(random.Next(200, 1500)) : null,
            Files =
            [
                new LegalDocumentFile
                {
                    FileName = $"{SlugGenerator.FromTitle(number)}.pdf",
                    Format = DocumentFileFormat.Pdf,
                    Length = pdf.Length,
                    Hash = pdf.Hash,
                    PageCount = pdf.PageCount,
                    Text = string.Join("\n\n", [text.Abstract, .. text.Paragraphs]),
                    HasText = true,
                    UploadedAt = publishedAt > now ? now : publishedAt,
                    UploadedBy = ArticleService.SystemUser,
                },
            ],
            Status = PublicationStatus.Published,
            PublishedAt = publishedAt > now ? now : publishedAt,
            CreatedAt = publishedAt > now ? now : publishedAt,
            UpdatedAt = publishedAt > now ? now : publishedAt,
            UpdatedBy = ArticleService.SystemUser,
            Version = new Guid(version),
        };
    }

    /// <summary>One document in ten acts on an older one of its batch; replacing or repealing ends the older one's force.</summary>
    private static List<LegalDocumentRelation> Relations(Random random, List<LegalDocument> batch)
    {
        var relations = new List<LegalDocumentRelation>();
        var byDate = batch.OrderBy(d => d.IssuedOn).ToList();
        for (var i = 1; i < byDate.Count; i++)
        {
            if (random.Next(10) != 0)
            {
                continue;
            }
            var (document, target) = (byDate[i], byDate[random.Next(i)]);
            var kind = (RelationKind)random.Next(4);
            relations.Add(new LegalDocumentRelation { Document = document, Kind = kind, Target = target });
            if (RelationLabels.EndsForce(kind) && (target.OutOfForceOn is null || target.OutOfForceOn > document.TakesEffectOn))
            {
                target.OutOfForceOn = document.TakesEffectOn;
            }
        }
        foreach (var document in batch.Where(d => d.ExpiresOn is { } expires && (d.OutOfForceOn is null || d.OutOfForceOn > expires)))
        {
            document.OutOfForceOn = document.ExpiresOn;
        }
        return relations;
    }

    /// <summary>A few real PDFs, kept once each in the content-addressed store, that the documents' files share.</summary>
    private async Task<List<SharedPdf>> SharedPdfsAsync(Random random, CancellationToken cancellationToken)
    {
        var pdfs = new List<SharedPdf>();
        for (var i = 0; i < DistinctPdfs; i++)
        {
            var text = DocumentTextGenerator.Next(random, 2025);
            var bytes = SimplePdf.Write(text.Abstract, text.Paragraphs);
            var reading = await reader.ReadAsync("van-ban.pdf", bytes, cancellationToken);
            var hash = PhotoHash.Of(bytes);
            await store.SaveAsync(hash, DocumentFileFormats.ContentType(DocumentFileFormat.Pdf), bytes, cancellationToken);
            pdfs.Add(new SharedPdf(hash, bytes.LongLength, reading.PageCount));
        }
        return pdfs;
    }
}
