using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Web.SiteTexts;

namespace Portal.Web.Data.Configurations;

internal sealed class SiteTranslationConfiguration : IEntityTypeConfiguration<SiteTranslation>
{
    public void Configure(EntityTypeBuilder<SiteTranslation> site)
    {
        site.Property(s => s.Id).ValueGeneratedNever();
        site.Property(s => s.Name).HasMaxLength(SiteTranslation.TextMaxLength);
        site.Property(s => s.Owner).HasMaxLength(SiteTranslation.TextMaxLength);
        site.Property(s => s.Address).HasMaxLength(SiteTranslation.AddressMaxLength);
        site.Property(s => s.EditorInCharge).HasMaxLength(SiteTranslation.TextMaxLength);
        site.Property(s => s.UpdatedBy).HasMaxLength(256);
    }
}
