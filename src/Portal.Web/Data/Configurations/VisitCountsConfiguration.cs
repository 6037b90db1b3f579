using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Web.Visitors;

namespace Portal.Web.Data.Configurations;

internal sealed class VisitTotalConfiguration : IEntityTypeConfiguration<VisitTotal>
{
    public void Configure(EntityTypeBuilder<VisitTotal> total)
    {
        total.Property(t => t.Id).ValueGeneratedNever();
        // The row exists from the first migration on, so a flush is a plain atomic UPDATE.
        total.HasData(new VisitTotal { Id = VisitTotal.SingletonId, Visits = 0 });
    }
}

internal sealed class DailyVisitConfiguration : IEntityTypeConfiguration<DailyVisit>
{
    public void Configure(EntityTypeBuilder<DailyVisit> day) => day.HasKey(d => d.Day);
}
