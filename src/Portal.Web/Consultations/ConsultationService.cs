using Microsoft.EntityFrameworkCore;
using Portal.Web.Articles;
using Portal.Web.Auditing;
using Portal.Web.Data;
using Portal.Web.Editing;
using Portal.Web.Publishing;
using Portal.Web.Search;

namespace Portal.Web.Consultations;

/// <summary>
/// Writes consultations: checks the fields (<see cref="ConsultationRules"/>), refuses a save based on a version
/// someone else has replaced, keeps the sections, the draft's files, the audit log and the search document, all in
/// one transaction.
/// </summary>
public sealed class ConsultationService(
    PortalDbContext db, ConsultationRules rules, ConsultationFiles files, ISearch search, AuditLog audit, TimeProvider time)
{
    /// <summary>The kind's name in search.</summary>
    public const string SearchKind = ConsultationSearchSource.Name;

    public async Task<SaveResult<Consultation>> SaveAsync(ConsultationInput input, NewsroomUser user, CancellationToken cancellationToken = default)
    {
        ConsultationRules.Normalize(input);
        Consultation? consultation = null;
        if (input.Id != 0)
        {
            consultation = await LoadAsync(input.Id, cancellationToken);
            if (consultation is null)
            {
                return new SaveResult<Consultation>.NotFound();
            }
            if (consultation.Version != input.Version)
            {
                return new SaveResult<Consultation>.Conflict(consultation, []);
            }
        }

        var errors = new Dictionary<string, string>();
        if (consultation is { Status: PublicationStatus.Published } && !user.CanPublish)
        {
            errors[SaveResult<Consultation>.FormField] = "Dự thảo đã đăng: chỉ người duyệt được sửa. Xin liên hệ người duyệt.";
        }
        else if (input.Submit && consultation is { Status: PublicationStatus.Published })
        {
            errors[SaveResult<Consultation>.FormField] = "Dự thảo đã đăng, không cần gửi duyệt.";
        }
        var checkedInput = await rules.CheckAsync(input, consultation, errors, cancellationToken);
        if (checkedInput is null || errors.Count > 0)
        {
            return new SaveResult<Consultation>.Invalid(errors);
        }

        var now = time.GetUtcNow().UtcDateTime;
        var isNew = consultation is null;
        try
        {
            await using var transaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
            if (consultation is null)
            {
                consultation = new Consultation { Title = input.Title, Slug = "", CreatedAt = now, Status = PublicationStatus.Draft };
                db.Consultations.Add(consultation);
            }
            // The tracked issuer, so the navigation and the key agree.
            consultation.Issuer = await db.DocumentIssuers.FindAsync([checkedInput.Issuer.Id], cancellationToken);
            Apply(input, checkedInput, consultation);
            if (input.Submit)
            {
                consultation.Status = PublicationStatus.Submitted;
            }
            Versions.Stamp(consultation, user.Name, now);
            if (await files.ApplyAsync(consultation, summary: false, input.RemovedFileIds, input.NewFiles, user.Name, cancellationToken) is { } refusal)
            {
                db.ChangeTracker.Clear();
                return new SaveResult<Consultation>.Invalid(nameof(input.NewFiles), refusal);
            }
            await db.SaveChangesAsync(cancellationToken);
            await IndexAsync(consultation, cancellationToken);
            audit.Add(user.Name, isNew ? AuditActions.ConsultationCreated : AuditActions.ConsultationSaved, Target(consultation));
            if (input.Submit)
            {
                audit.Add(user.Name, AuditActions.ConsultationSubmitted, Target(consultation));
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
            return current is null ? new SaveResult<Consultation>.NotFound() : new SaveResult<Consultation>.Conflict(current, []);
        }
        return new SaveResult<Consultation>.Saved(consultation);
    }

    /// <summary>The consultation with its issuer, sections and files, tracked.</summary>
    internal Task<Consultation?> LoadAsync(int id, CancellationToken cancellationToken) =>
        db.Consultations.AsSplitQuery().Include(c => c.Issuer).Include(c => c.Sections).Include(c => c.Files)
            .FirstOrDefaultAsync(c => c.Id == id, cancellationToken);

    private static void Apply(ConsultationInput input, CheckedConsultationInput checkedInput, Consultation consultation)
    {
        consultation.Title = input.Title;
        consultation.Slug = SlugGenerator.FromTitle(input.Title);
        consultation.IssuerId = checkedInput.Issuer.Id;
        consultation.Explanation = input.Explanation;
        consultation.OpensAt = checkedInput.OpensAt;
        consultation.ClosesAt = checkedInput.ClosesAt;
        // Sections keep their rows (and the comments naming them) by title; the lines' order is theirs.
        consultation.Sections.RemoveAll(s => !checkedInput.Sections.Contains(s.Title, StringComparer.Ordinal));
        for (var i = 0; i < checkedInput.Sections.Count; i++)
        {
            var title = checkedInput.Sections[i];
            var section = consultation.Sections.FirstOrDefault(s => s.Title == title);
            if (section is null)
            {
                section = new ConsultationSection { Title = title };
                consultation.Sections.Add(section);
            }
            section.Position = i;
        }
    }

    /// <summary>The search document (the issuer and files loaded), as the consultations' search source writes it.</summary>
    private Task IndexAsync(Consultation consultation, CancellationToken cancellationToken) =>
        ConsultationSearchSource.IndexAsync(search, consultation, cancellationToken);

    internal static string Target(Consultation consultation) => $"#{consultation.Id} {consultation.Title}";
}
