using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Web.Accounts;
using Portal.Web.Auditing;

namespace Portal.Web.Data.Configurations;

internal sealed class PortalUserConfiguration : IEntityTypeConfiguration<PortalUser>
{
    public void Configure(EntityTypeBuilder<PortalUser> user) =>
        user.Property(u => u.DisplayName).HasMaxLength(PortalUser.DisplayNameMaxLength);
}

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> entry)
    {
        entry.Property(e => e.Action).HasMaxLength(AuditEntry.ActionMaxLength);
        entry.Property(e => e.UserName).HasMaxLength(256);
        entry.Property(e => e.Target).HasMaxLength(AuditEntry.TextMaxLength);
        entry.Property(e => e.Details).HasMaxLength(AuditEntry.TextMaxLength);
        entry.HasIndex(e => e.At);
        entry.HasIndex(e => new { e.Action, e.At });
        entry.Property(e => e.SubjectKind).HasMaxLength(AuditEntry.SubjectKindMaxLength);
        entry.HasIndex(e => new { e.SubjectKind, e.SubjectId, e.At });
    }
}
