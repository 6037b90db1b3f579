using Microsoft.EntityFrameworkCore;
using Portal.Web.Accounts;
using Portal.Web.Articles;
using Portal.Web.Auditing;
using Portal.Web.Data;
using Portal.Web.Editing;
using Portal.Web.Mail;
using Portal.Web.Publishing;
using Portal.Web.Search;

namespace Portal.Web.LegalDocuments;

/// <summary>
/// Writes legal documents: checks the fields (<see cref="LegalDocumentRules"/>), refuses a save based on a version
/// someone else has replaced, keeps the relations, the files, the legal force of the documents acted on
/// (<see cref="LegalForceKeeper"/>), a revision, the audit log and the search document, all in one transaction.
/// </summary>
public sealed class LegalDocumentService(
    PortalDbContext db, LegalDocumentRules rules, LegalForceKeeper force, LegalDocumentFiles files, ISearch search, AuditLog audit,
    EditorNotifications notifications, TimeProvider time)
{
    /// <summary>A save by an import or a seed: with an approver's rights.</summary>
    public Task<SaveResult<LegalDocument>> SaveAsync(LegalDocumentInput input, string userName, CancellationToken cancellationToken = default) =>
        SaveAsync(input, new NewsroomUser(userName, CanPublish: true), cancellationToken);

    public async Task<SaveResult<LegalDocument>> SaveAsync(LegalDocumentInput input, NewsroomUser user, CancellationToken cancellationToken = default)
    {
        LegalDocumentRules.Normalize(input);
        LegalDocument? document = null;
        if (input.Id != 0)
        {
            document = await LoadAsync(input.Id, cancellationToken);
            if (document is null)
            {
                return new SaveResult<LegalDocument>.NotFound();
            }
            if (document.Version != input.Version)
            {
                return await ConflictAsync(document, input.Version, cancellationToken);
            }
        }

        var errors = new Dictionary<string, string>();
        if (document is { Status: PublicationStatus.Published } && !user.CanPublish)
        {
            errors[SaveResult<LegalDocument>.FormField] = "Văn bản đã đăng: chỉ người duyệt được sửa. Xin liên hệ người duyệt.";
        }
        if (input.Submit && document is { Status: PublicationStatus.Published })
        {
            errors[SaveResult<LegalDocument>.FormField] = "Văn bản đã đăng, không cần gửi duyệt.";
        }
        var checkedInput = await rules.CheckAsync(input, input.Id, errors, cancellationToken);
        if (checkedInput is null || errors.Count > 0)
        {
            return new SaveResult<LegalDocument>.Invalid(errors);
        }

        var now = time.GetUtcNow().UtcDateTime;
        var isNew = document is null;
        var previousTargets = isNew ? [] : await force.TargetsOfAsync(document!.Id, cancellationToken);
        try
        {
            await using var transaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
            if (document is null)
            {
                document = new LegalDocument { Number = input.Number, Slug = "", Abstract = input.Abstract, CreatedAt = now, Status = PublicationStatus.Draft };
                db.LegalDocuments.Add(document);
            }
            else
            {
                await KeepOriginalAsRevisionAsync(document, cancellationToken);
            }
            Apply(input, checkedInput, document);
            if (input.Submit)
            {
                document.Status = PublicationStatus.Submitted;
            }
            Versions.Stamp(document, user.Name, now);
            if (await files.ApplyAsync(document, input, user.Name, cancellationToken) is { } refusal)
            {
                db.ChangeTracker.Clear();
                return new SaveResult<LegalDocument>.Invalid(nameof(input.NewFiles), refusal);
            }
            await db.SaveChangesAsync(cancellationToken);

            await KeepRelationsAsync(document.Id, checkedInput.Relations, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            var ended = checkedInput.Relations.Where(r => RelationLabels.EndsForce(r.Kind)).Select(r => r.TargetId);
            await force.RecomputeAsync([document.Id, .. previousTargets, .. ended], cancellationToken);

            await LegalDocumentSearchSource.IndexAsync(search, document, cancellationToken);
            db.LegalDocumentRevisions.Add(await RevisionOfAsync(document, now, user.Name, isNew ? "Tạo văn bản" : input.Submit ? "Gửi duyệt" : "Lưu", cancellationToken));
            audit.Add(user.Name, isNew ? AuditActions.DocumentCreated : AuditActions.DocumentSaved, Target(document));
            if (input.Submit)
            {
                audit.Add(user.Name, AuditActions.DocumentSubmitted, Target(document));
                await notifications.AddAsync([Roles.Approver], ApprovalRequest.Letter("văn bản", $"{document.Number} {document.Abstract}", $"/admin/legaldocuments/review/{document.Id}"),
                    ApprovalRequest.Purpose, user.Name);
            }
            await db.SaveChangesAsync(cancellationToken);
            if (transaction is not null)
            {
                await transaction.CommitAsync(cancellationToken);
            }
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            var current = await LoadAsync(input.Id, cancellationToken);
            return current is null ? new SaveResult<LegalDocument>.NotFound() : await ConflictAsync(current, input.Version, cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Two saves of one number at once: the unique index refused the second; it gets the rule's message.
            if (await SameNumberSavedMeanwhileAsync(input, cancellationToken))
            {
                return new SaveResult<LegalDocument>.Invalid(nameof(input.Number),
                    $"Cơ quan ban hành đã có văn bản số \"{input.Number}\": mỗi cơ quan ban hành chỉ có một văn bản mang một số ký hiệu.");
            }
            throw;
        }
        return new SaveResult<LegalDocument>.Saved(document);
    }

    private async Task<bool> SameNumberSavedMeanwhileAsync(LegalDocumentInput input, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        var key = LegalDocumentNumber.Key(input.Number);
        return await db.LegalDocuments.AnyAsync(d => d.IssuerId == input.IssuerId && d.NumberKey == key && d.Id != input.Id, cancellationToken);
    }

    /// <summary>The document with what its form, its snapshot and its search document need, tracked.</summary>
    internal Task<LegalDocument?> LoadAsync(int id, CancellationToken cancellationToken) =>
        db.LegalDocuments.AsSplitQuery().Include(d => d.DocumentType).Include(d => d.Issuer).Include(d => d.Fields).Include(d => d.Files)
            .FirstOrDefaultAsync(d => d.Id == id, cancellationToken);

    private static void Apply(LegalDocumentInput input, CheckedDocumentInput checkedInput, LegalDocument document)
    {
        document.Number = input.Number;
        document.NumberKey = LegalDocumentNumber.Key(input.Number);
        document.Slug = SlugGenerator.FromTitle($"{checkedInput.Type.Name} {input.Number} {input.Abstract}");
        document.Abstract = input.Abstract;
        document.DocumentTypeId = checkedInput.Type.Id;
        document.DocumentType = checkedInput.Type;
        document.IssuerId = checkedInput.Issuer.Id;
        document.Issuer = checkedInput.Issuer;
        document.Fields.RemoveAll(f => !checkedInput.Fields.Contains(f));
        document.Fields.AddRange(checkedInput.Fields.Where(f => !document.Fields.Contains(f)));
        document.Signer = input.Signer;
        document.SignerTitle = input.SignerTitle;
        document.IssuedOn = input.IssuedOn!.Value;
        document.EffectiveOn = input.EffectiveOn;
        document.ExpiresOn = input.ExpiresOn;
        document.EffectiveBeforeIssue = input.EffectiveBeforeIssue;
        document.ForceByHand = input.ForceByHand;
        document.ForceNote = input.ForceByHand is null ? "" : input.ForceNote;
    }

    /// <summary>Makes the document's saved relations the wanted ones; the caller saves.</summary>
    private async Task KeepRelationsAsync(int documentId, IReadOnlyList<(RelationKind Kind, int TargetId, string TargetNumber)> wanted, CancellationToken cancellationToken)
    {
        var current = await db.LegalDocumentRelations.Where(r => r.DocumentId == documentId).ToListAsync(cancellationToken);
        db.LegalDocumentRelations.RemoveRange(current.Where(r => !wanted.Any(w => w.Kind == r.Kind && w.TargetId == r.TargetId)));
        db.LegalDocumentRelations.AddRange(wanted.Where(w => !current.Any(r => r.Kind == w.Kind && r.TargetId == w.TargetId))
            .Select(w => new LegalDocumentRelation { DocumentId = documentId, Kind = w.Kind, TargetId = w.TargetId }));
    }

    /// <summary>Seeded and imported documents have no revision yet: their first edit keeps the original first.</summary>
    private async Task KeepOriginalAsRevisionAsync(LegalDocument document, CancellationToken cancellationToken)
    {
        if (!await db.LegalDocumentRevisions.AnyAsync(r => r.DocumentId == document.Id, cancellationToken))
        {
            db.LegalDocumentRevisions.Add(await RevisionOfAsync(document, document.UpdatedAt,
                document.UpdatedBy.Length > 0 ? document.UpdatedBy : ArticleService.SystemUser, "Bản ban đầu", cancellationToken));
        }
    }

    private async Task<LegalDocumentRevision> RevisionOfAsync(LegalDocument document, DateTime at, string userName, string note, CancellationToken cancellationToken) => new()
    {
        DocumentId = document.Id,
        Version = document.Version,
        CreatedAt = at,
        CreatedBy = userName,
        Note = note,
        Snapshot = (await SnapshotAsync(document, cancellationToken)).ToJson(),
    };

    /// <summary>The document as saved (its relations read from the database), type, issuer, fields and files loaded.</summary>
    private async Task<LegalDocumentSnapshot> SnapshotAsync(LegalDocument document, CancellationToken cancellationToken)
    {
        var relations = document.Id == 0 ? [] : await db.LegalDocumentRelations.AsNoTracking().Where(r => r.DocumentId == document.Id)
            .Select(r => new SnapshotRelation(r.Kind, r.TargetId, r.Target!.Number)).ToListAsync(cancellationToken);
        return LegalDocumentSnapshot.Of(document, relations);
    }

    /// <summary>What someone else changed since <paramref name="baseVersion"/>, as far as the history tells.</summary>
    private async Task<SaveResult<LegalDocument>.Conflict> ConflictAsync(LegalDocument current, Guid baseVersion, CancellationToken cancellationToken)
    {
        var seen = await db.LegalDocumentRevisions.AsNoTracking()
            .Where(r => r.DocumentId == current.Id && r.Version == baseVersion)
            .OrderBy(r => r.Id).Select(r => r.Snapshot).FirstOrDefaultAsync(cancellationToken);
        var changes = LegalDocumentSnapshot.FromJson(seen ?? "") is { } before
            ? LegalDocumentSnapshot.Changes(before, await SnapshotAsync(current, cancellationToken))
            : [];
        return new SaveResult<LegalDocument>.Conflict(current, changes);
    }

    internal static string Target(LegalDocument document) => $"#{document.Id} {document.Number}";
}
