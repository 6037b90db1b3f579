using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Portal.Web.Accounts;
using Portal.Web.Agencies;
using Portal.Web.Articles;
using Portal.Web.Articles.Attachments;
using Portal.Web.Articles.Tags;
using Portal.Web.Auditing;
using Portal.Web.Categories;
using Portal.Web.Consultations;
using Portal.Web.InfoPages;
using Portal.Web.LegalDocuments;
using Portal.Web.Mail;
using Portal.Web.Media;
using Portal.Web.Questions;
using Portal.Web.Search;
using Portal.Web.SiteLinks;
using Portal.Web.SiteTexts;
using Portal.Web.Visitors;

namespace Portal.Web.Data;

/// <summary>
/// The provider-neutral model. Each database provider has its own subclass (and its own migrations);
/// anything provider-specific lives there. Identity's tables and the data-protection keys live here too,
/// so one database (and one backup) holds everything, and several servers share sign-ins.
/// </summary>
public abstract class PortalDbContext(DbContextOptions options) : IdentityDbContext<PortalUser>(options), IDataProtectionKeyContext
{
    public DbSet<Article> Articles => Set<Article>();
    public DbSet<ArticleRevision> ArticleRevisions => Set<ArticleRevision>();
    public DbSet<FeaturedArticle> FeaturedArticles => Set<FeaturedArticle>();
    public DbSet<ArticleProposal> ArticleProposals => Set<ArticleProposal>();
    public DbSet<ArticleAutosave> ArticleAutosaves => Set<ArticleAutosave>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();
    public DbSet<SearchDocument> SearchDocuments => Set<SearchDocument>();
    public DbSet<SearchTerm> SearchTerms => Set<SearchTerm>();
    public DbSet<InfoPage> InfoPages => Set<InfoPage>();
    public DbSet<Photo> Photos => Set<Photo>();
    public DbSet<PhotoVariant> PhotoVariants => Set<PhotoVariant>();
    public DbSet<PhotoBlob> PhotoBlobs => Set<PhotoBlob>();
    public DbSet<ArticlePhoto> ArticlePhotos => Set<ArticlePhoto>();
    public DbSet<ArticleAttachment> ArticleAttachments => Set<ArticleAttachment>();
    public DbSet<Tag> Tags => Set<Tag>();
    public DbSet<ArticleTag> ArticleTags => Set<ArticleTag>();
    public DbSet<Category> Categories => Set<Category>();
    public DbSet<SiteLink> SiteLinks => Set<SiteLink>();
    public DbSet<VisitTotal> VisitTotals => Set<VisitTotal>();
    public DbSet<LegalDocument> LegalDocuments => Set<LegalDocument>();
    public DbSet<LegalDocumentRelation> LegalDocumentRelations => Set<LegalDocumentRelation>();
    public DbSet<LegalDocumentFile> LegalDocumentFiles => Set<LegalDocumentFile>();
    public DbSet<LegalDocumentRevision> LegalDocumentRevisions => Set<LegalDocumentRevision>();
    public DbSet<DocumentType> DocumentTypes => Set<DocumentType>();
    public DbSet<DocumentIssuer> DocumentIssuers => Set<DocumentIssuer>();
    public DbSet<DocumentField> DocumentFields => Set<DocumentField>();
    public DbSet<DailyVisit> DailyVisits => Set<DailyVisit>();
    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();
    public DbSet<Consultation> Consultations => Set<Consultation>();
    public DbSet<ConsultationSection> ConsultationSections => Set<ConsultationSection>();
    public DbSet<ConsultationFile> ConsultationFiles => Set<ConsultationFile>();
    public DbSet<ConsultationComment> ConsultationComments => Set<ConsultationComment>();
    public DbSet<Question> Questions => Set<Question>();
    public DbSet<Agency> Agencies => Set<Agency>();
    public DbSet<Official> Officials => Set<Official>();
    public DbSet<SiteTranslation> SiteTranslations => Set<SiteTranslation>();
    public DbSet<Schedule.ScheduleEntry> ScheduleEntries => Set<Schedule.ScheduleEntry>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(PortalDbContext).Assembly);
    }

    private readonly List<Func<CancellationToken, Task>> _afterNextSave = [];

    /// <summary>
    /// Work that needs the ids the next save gives (a new item's search document, which has no foreign key to
    /// point at its item): done right after that save, in the same transaction, and saved with it.
    /// </summary>
    public void AfterNextSave(Func<CancellationToken, Task> work) => _afterNextSave.Add(work);

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        if (_afterNextSave.Count == 0)
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }
        await using var transaction = Database.CurrentTransaction is null ? await Database.BeginTransactionAsync(cancellationToken) : null;
        var saved = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        var work = _afterNextSave.ToList();
        _afterNextSave.Clear();
        foreach (var step in work)
        {
            await step(cancellationToken);
        }
        saved += await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        if (transaction is not null)
        {
            await transaction.CommitAsync(cancellationToken);
        }
        return saved;
    }

    /// <summary>A pooled context goes back to the pool here: work left by a save that failed is not the next request's.</summary>
    public override void Dispose()
    {
        _afterNextSave.Clear();
        base.Dispose();
        GC.SuppressFinalize(this);
    }

    public override async ValueTask DisposeAsync()
    {
        _afterNextSave.Clear();
        await base.DisposeAsync();
        GC.SuppressFinalize(this);
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess) => _afterNextSave.Count == 0
        ? base.SaveChanges(acceptAllChangesOnSuccess)
        : SaveChangesAsync(acceptAllChangesOnSuccess).GetAwaiter().GetResult();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Every DateTime is UTC, in and out, whatever the provider keeps of the kind.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<UtcConverter>();
    }

    // Internal, not private: the compiled model (Data/CompiledModels) makes one for each DateTime property.
    internal sealed class UtcConverter() : ValueConverter<DateTime, DateTime>(
        value => value.Kind == DateTimeKind.Local ? value.ToUniversalTime() : DateTime.SpecifyKind(value, DateTimeKind.Utc),
        value => DateTime.SpecifyKind(value, DateTimeKind.Utc));
}
