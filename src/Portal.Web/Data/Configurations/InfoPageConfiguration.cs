using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Web.Articles;
using Portal.Web.InfoPages;

namespace Portal.Web.Data.Configurations;

internal sealed class InfoPageConfiguration : IEntityTypeConfiguration<InfoPage>
{
    public void Configure(EntityTypeBuilder<InfoPage> page)
    {
        page.Property(p => p.Slug).HasMaxLength(SlugGenerator.MaxLength);
        page.Property(p => p.TitleVi).HasMaxLength(InfoPage.TitleMaxLength);
        page.Property(p => p.TitleEn).HasMaxLength(InfoPage.TitleMaxLength);
        page.Property(p => p.UpdatedBy).HasMaxLength(256);
        page.HasIndex(p => p.Slug).IsUnique();
    }
}
