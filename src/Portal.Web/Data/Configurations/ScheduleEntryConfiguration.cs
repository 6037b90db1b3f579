using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Web.Schedule;

namespace Portal.Web.Data.Configurations;

internal sealed class ScheduleEntryConfiguration : IEntityTypeConfiguration<ScheduleEntry>
{
    public void Configure(EntityTypeBuilder<ScheduleEntry> entry)
    {
        entry.Property(e => e.Content).HasMaxLength(ScheduleEntry.ContentMaxLength);
        entry.Property(e => e.Place).HasMaxLength(ScheduleEntry.PlaceMaxLength);
        entry.Property(e => e.Attendees).HasMaxLength(ScheduleEntry.AttendeesMaxLength);
        entry.Property(e => e.PreparingUnit).HasMaxLength(ScheduleEntry.PreparingUnitMaxLength);
        entry.Property(e => e.UpdatedBy).HasMaxLength(256);
        entry.Property(e => e.ReviewComment).HasMaxLength(2000);
        entry.Property(e => e.Version).IsConcurrencyToken();
        // The week pages and feeds read the published entries by start.
        entry.HasIndex(e => new { e.Status, e.StartsAt });
        entry.HasIndex(e => e.CopiedFromId);
        // An official leaving the directory takes their links to entries with them, not the entries.
        entry.HasMany(e => e.Leaders).WithMany().UsingEntity("ScheduleEntryLeaders");
    }
}
