using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Portal.Web.Data;
using Portal.Web.Editing;
using Portal.Web.LegalDocuments;
using Portal.Web.Localization;
using Portal.Web.Publishing;

namespace Portal.Web.Importing;

/// <summary>What an import did: rows created, updated and left as they were, and the rows refused with their line.</summary>
public sealed record LegalDocumentImportReport(int Created, int Updated, int Unchanged, IReadOnlyList<CsvRowProblem> Problems, string? FileRefusal)
{
    public bool Succeeded => FileRefusal is null && Problems.Count == 0;
}

/// <summary>
/// <c>import-documents</c>: each row of the CSV (<see cref="LegalDocumentCsv"/>) saved through the editor's own
/// service (<see cref="LegalDocumentService"/>: every rule of the newsroom, its files read and refused by the file
/// store) and published through the workflow, one row a transaction (or a savepoint, inside the seeder's), so a bad
/// row leaves nothing behind. A document is the same by number and issuer: a second run updates it, or leaves it
/// alone when nothing changed. Rows go in the order their relations need, whatever their order in the file.
/// </summary>
public sealed class LegalDocumentImporter(
    PortalDbContext db, LegalDocumentService documents, LegalDocumentWorkflow workflow, DocumentListNames lists, ILogger<LegalDocumentImporter> logger)
{
    private enum Outcome
    {
        Created,
        Updated,
        Unchanged,
        Failed,
    }

    public async Task<LegalDocumentImportReport> ImportAsync(Stream csv, IImportFiles files, string userName, CancellationToken cancellationToken = default)
    {
        var reading = LegalDocumentCsv.Read(csv);
        if (reading.FileRefusal is not null)
        {
            return new(0, 0, 0, [], reading.FileRefusal);
        }
        var problems = reading.Problems.ToList();
        var outcomes = new Dictionary<LegalDocumentCsvRow, Outcome>();
        var byKey = reading.Rows.ToLookup(r => LegalDocumentNumber.Key(r.Number));
        var pending = reading.Rows.ToList();
        while (pending.Count > 0)
        {
            // A row waits for the rows of the file it points at; one that points at a failed row fails too.
            var ready = pending.Where(r => InFileTargets(r, byKey).All(outcomes.ContainsKey)).ToList();
            if (ready.Count == 0)
            {
                problems.AddRange(pending.Select(r => new CsvRowProblem(r.Line, "các văn bản liên quan trong tệp trỏ vòng vào nhau; không có văn bản nào nhập trước được.")));
                break;
            }
            foreach (var row in ready)
            {
                pending.Remove(row);
                var failedTarget = InFileTargets(row, byKey).FirstOrDefault(t => outcomes[t] == Outcome.Failed);
                var reason = failedTarget is not null
                    ? $"văn bản liên quan số “{failedTarget.Number}” (dòng {failedTarget.Line}) không nhập được."
                    : await MissingTargetAsync(row, byKey, reading.Problems, cancellationToken);
                if (reason is null)
                {
                    (var outcome, reason) = await ImportRowAsync(row, files, userName, cancellationToken);
                    outcomes[row] = outcome;
                }
                if (reason is not null)
                {
                    outcomes[row] = Outcome.Failed;
                    problems.Add(new CsvRowProblem(row.Line, reason));
                }
            }
        }
        var report = new LegalDocumentImportReport(
            outcomes.Values.Count(o => o == Outcome.Created), outcomes.Values.Count(o => o == Outcome.Updated),
            outcomes.Values.Count(o => o == Outcome.Unchanged), [.. problems.OrderBy(p => p.Line)], null);
        logger.LogInformation("Imported legal documents: {Created} created, {Updated} updated, {Unchanged} unchanged, {Failed} row(s) refused",
            report.Created, report.Updated, report.Unchanged, report.Problems.Count);
        return report;
    }

    private static IEnumerable<LegalDocumentCsvRow> InFileTargets(LegalDocumentCsvRow row, ILookup<string, LegalDocumentCsvRow> byKey) =>
        row.Relations.SelectMany(r => byKey[LegalDocumentNumber.Key(r.TargetNumber)]).Where(t => t != row).Distinct();

    private async Task<string?> MissingTargetAsync(
        LegalDocumentCsvRow row, ILookup<string, LegalDocumentCsvRow> byKey, IReadOnlyList<CsvRowProblem> refused, CancellationToken cancellationToken)
    {
        foreach (var relation in row.Relations)
        {
            var key = LegalDocumentNumber.Key(relation.TargetNumber);
            if (!byKey.Contains(key) && refused.FirstOrDefault(p => LegalDocumentNumber.Key(p.Number) == key) is { } failed)
            {
                return $"văn bản liên quan số “{relation.TargetNumber}” (dòng {failed.Line}) không nhập được.";
            }
            if (!byKey.Contains(key) && !await db.LegalDocuments.AnyAsync(d => d.NumberKey == key, cancellationToken))
            {
                return $"{RelationLabels.Acting(relation.Kind).ToLowerInvariant()} văn bản số “{relation.TargetNumber}”, nhưng văn bản này không có trong cơ sở dữ liệu lẫn trong tệp.";
            }
        }
        return null;
    }

    private async Task<(Outcome, string?)> ImportRowAsync(LegalDocumentCsvRow row, IImportFiles files, string userName, CancellationToken cancellationToken)
    {
        var outer = db.Database.CurrentTransaction;
        await using var own = outer is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        var savepoint = $"row{row.Line}";
        if (outer is not null)
        {
            await outer.CreateSavepointAsync(savepoint, cancellationToken);
        }
        try
        {
            var (outcome, reason) = await SaveRowAsync(row, files, userName, cancellationToken);
            if (reason is null)
            {
                await (own?.CommitAsync(cancellationToken) ?? outer!.ReleaseSavepointAsync(savepoint, cancellationToken));
                return (outcome, null);
            }
            await UndoAsync(own, outer, savepoint, cancellationToken);
            return (Outcome.Failed, reason);
        }
        catch (DbUpdateException exception)
        {
            logger.LogWarning(exception, "Import row {Line} ({Number}) was refused by the database", row.Line, row.Number);
            await UndoAsync(own, outer, savepoint, cancellationToken);
            return (Outcome.Failed, $"cơ sở dữ liệu từ chối văn bản số “{row.Number}”: {exception.InnerException?.Message ?? exception.Message}");
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }

    private static Task UndoAsync(IDbContextTransaction? own, IDbContextTransaction? outer, string savepoint, CancellationToken cancellationToken) =>
        own?.RollbackAsync(cancellationToken) ?? outer!.RollbackToSavepointAsync(savepoint, cancellationToken);

    private async Task<(Outcome, string?)> SaveRowAsync(LegalDocumentCsvRow row, IImportFiles files, string userName, CancellationToken cancellationToken)
    {
        var type = await lists.TypeAsync(row.TypeName, row.Number, cancellationToken);
        var issuer = await lists.IssuerAsync(row.IssuerName, cancellationToken);
        var fields = await lists.FieldsAsync(row.FieldNames, cancellationToken);
        var key = LegalDocumentNumber.Key(row.Number);
        var existing = await db.LegalDocuments.AsNoTracking().AsSplitQuery().Include(d => d.Fields).Include(d => d.Files)
            .FirstOrDefaultAsync(d => d.IssuerId == issuer.Id && d.NumberKey == key, cancellationToken);

        var input = new LegalDocumentInput
        {
            Id = existing?.Id ?? 0,
            Version = existing?.Version ?? Guid.Empty,
            Number = row.Number,
            DocumentTypeId = type.Id,
            IssuerId = issuer.Id,
            FieldIds = [.. fields.Select(f => f.Id)],
            Signer = row.Signer,
            SignerTitle = row.SignerTitle,
            IssuedOn = row.IssuedOn,
            EffectiveOn = row.EffectiveOn,
            ExpiresOn = row.ExpiresOn,
            EffectiveBeforeIssue = row.EffectiveBeforeIssue,
            Abstract = row.Abstract,
            ForceByHand = row.ForceByHand,
            ForceNote = row.ForceNote,
            Relations = [.. row.Relations.Select(r => new LegalDocumentRelationInput(r.Kind, r.TargetNumber))],
        };
        foreach (var name in row.FileNames)
        {
            var file = await files.ReadAsync(name, cancellationToken);
            if (file.Content is null)
            {
                return (Outcome.Failed, file.Problem);
            }
            input.NewFiles.Add(new DocumentFileUpload(name, file.Content));
        }
        var publish = row.Status == PublicationStatus.Published && existing?.Status != PublicationStatus.Published;
        if (existing is not null)
        {
            // The files the row names again with the same bytes stay; the others are replaced.
            var kept = existing.Files.Where(f => input.NewFiles.Any(n => n.FileName == f.FileName && Media.PhotoHash.Of(n.Content) == f.Hash)).ToList();
            input.RemovedFileIds = [.. existing.Files.Except(kept).Select(f => f.Id)];
            input.NewFiles.RemoveAll(n => kept.Any(f => f.FileName == n.FileName));
            if (!publish && input.NewFiles.Count == 0 && input.RemovedFileIds.Count == 0 && await UnchangedAsync(existing, input, cancellationToken))
            {
                return (Outcome.Unchanged, null);
            }
        }

        var saved = await documents.SaveAsync(input, userName, cancellationToken);
        if (saved is not SaveResult<LegalDocument>.Saved { Value: var document })
        {
            return (Outcome.Failed, saved is SaveResult<LegalDocument>.Invalid invalid ? string.Join(" ", invalid.Errors.Values) : "văn bản vừa được người khác sửa; xin chạy lại.");
        }
        if (publish)
        {
            // Published since its day of issue (Vietnam's midnight): an imported library keeps its order in the lists and feeds.
            var issued = VietnamTime.ToUtc(document.IssuedOn.ToDateTime(TimeOnly.MinValue));
            var published = await workflow.PublishImportedAsync(document.Id, document.Version, issued, userName, cancellationToken);
            if (published.Outcome != WorkflowOutcome.Done)
            {
                return (Outcome.Failed, published.Message);
            }
        }
        return (existing is null ? Outcome.Created : Outcome.Updated, null);
    }

    /// <summary>Whether saving <paramref name="input"/> would change nothing of <paramref name="existing"/>.</summary>
    private async Task<bool> UnchangedAsync(LegalDocument existing, LegalDocumentInput input, CancellationToken cancellationToken)
    {
        var relations = await db.LegalDocumentRelations.AsNoTracking().Where(r => r.DocumentId == existing.Id)
            .Select(r => new { r.Kind, r.Target!.NumberKey }).ToListAsync(cancellationToken);
        var wanted = input.Relations.Select(r => new { r.Kind, NumberKey = LegalDocumentNumber.Key(r.TargetNumber) }).ToList();
        return existing.Number == input.Number && existing.DocumentTypeId == input.DocumentTypeId
            && existing.Fields.Select(f => f.Id).Order().SequenceEqual(input.FieldIds.Distinct().Order())
            && existing.Signer == input.Signer && existing.SignerTitle == input.SignerTitle
            && existing.IssuedOn == input.IssuedOn && existing.EffectiveOn == input.EffectiveOn && existing.ExpiresOn == input.ExpiresOn
            && existing.EffectiveBeforeIssue == input.EffectiveBeforeIssue && existing.Abstract == input.Abstract
            && existing.ForceByHand == input.ForceByHand && existing.ForceNote == (input.ForceByHand is null ? "" : input.ForceNote)
            && relations.Count == wanted.Count && relations.All(wanted.Contains);
    }
}
