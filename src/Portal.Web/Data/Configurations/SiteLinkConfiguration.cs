using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Web.SiteLinks;

namespace Portal.Web.Data.Configurations;

internal sealed class SiteLinkConfiguration : IEntityTypeConfiguration<SiteLink>
{
    public void Configure(EntityTypeBuilder<SiteLink> link)
    {
        link.Property(l => l.Name).HasMaxLength(SiteLink.NameMaxLength);
        link.Property(l => l.NameEn).HasMaxLength(SiteLink.NameMaxLength);
        link.Property(l => l.Url).HasMaxLength(SiteLink.UrlMaxLength);
    }
}
