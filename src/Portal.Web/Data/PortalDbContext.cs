using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Portal.Web.Accounts;
using Portal.Web.Articles;
using Portal.Web.Auditing;
using Portal.Web.Categories;
using Portal.Web.InfoPages;
using Portal.Web.Media;
using Portal.Web.Search;
using Portal.Web.SiteLinks;
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
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();
    public DbSet<ArticleSearchDocument> ArticleSearchDocuments => Set<ArticleSearchDocument>();
    public DbSet<ArticleSearchTerm> ArticleSearchTerms => Set<ArticleSearchTerm>();
    public DbSet<InfoPage> InfoPages => Set<InfoPage>();
    public DbSet<Photo> Photos => Set<Photo>();
    public DbSet<PhotoVariant> PhotoVariants => Set<PhotoVariant>();
    public DbSet<PhotoBlob> PhotoBlobs => Set<PhotoBlob>();
    public DbSet<ArticlePhoto> ArticlePhotos => Set<ArticlePhoto>();
    public DbSet<Category> Categories => Set<Category>();
    public DbSet<SiteLink> SiteLinks => Set<SiteLink>();
    public DbSet<VisitTotal> VisitTotals => Set<VisitTotal>();
    public DbSet<DailyVisit> DailyVisits => Set<DailyVisit>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(PortalDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Every DateTime is UTC, in and out, whatever the provider keeps of the kind.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<UtcConverter>();
    }

    private sealed class UtcConverter() : ValueConverter<DateTime, DateTime>(
        value => value.Kind == DateTimeKind.Local ? value.ToUniversalTime() : DateTime.SpecifyKind(value, DateTimeKind.Utc),
        value => DateTime.SpecifyKind(value, DateTimeKind.Utc));
}
