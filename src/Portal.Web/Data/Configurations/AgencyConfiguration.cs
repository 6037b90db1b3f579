using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Web.Agencies;
using Portal.Web.Articles;

namespace Portal.Web.Data.Configurations;

internal sealed class AgencyConfiguration : IEntityTypeConfiguration<Agency>
{
    public void Configure(EntityTypeBuilder<Agency> agency)
    {
        agency.Property(a => a.Slug).HasMaxLength(SlugGenerator.MaxLength);
        agency.HasIndex(a => a.Slug).IsUnique();
        agency.Property(a => a.NameVi).HasMaxLength(Agency.NameMaxLength);
        agency.Property(a => a.NameEn).HasMaxLength(Agency.NameMaxLength);
        agency.Property(a => a.AddressVi).HasMaxLength(Agency.AddressMaxLength);
        agency.Property(a => a.AddressEn).HasMaxLength(Agency.AddressMaxLength);
        agency.Property(a => a.Phone).HasMaxLength(Agency.PhoneMaxLength);
        agency.Property(a => a.Email).HasMaxLength(Agency.EmailMaxLength);
        agency.Property(a => a.Website).HasMaxLength(Agency.WebsiteMaxLength);
        agency.Property(a => a.UpdatedBy).HasMaxLength(256);
        agency.Property(a => a.SearchText).HasMaxLength(2 * 2 * Agency.NameMaxLength);
        // A parent with units cannot be deleted from under them: the newsroom moves or deletes the units first.
        agency.HasOne(a => a.Parent).WithMany().HasForeignKey(a => a.ParentId).OnDelete(DeleteBehavior.Restrict);
        agency.HasIndex(a => new { a.ParentId, a.SortOrder });
    }
}

internal sealed class OfficialConfiguration : IEntityTypeConfiguration<Official>
{
    public void Configure(EntityTypeBuilder<Official> official)
    {
        official.Property(o => o.Name).HasMaxLength(Official.NameMaxLength);
        official.Property(o => o.TitleVi).HasMaxLength(Official.TitleMaxLength);
        official.Property(o => o.TitleEn).HasMaxLength(Official.TitleMaxLength);
        official.Property(o => o.Phone).HasMaxLength(Agency.PhoneMaxLength);
        official.Property(o => o.Email).HasMaxLength(Agency.EmailMaxLength);
        official.Property(o => o.SearchText).HasMaxLength(2 * (Official.NameMaxLength + 2 * Official.TitleMaxLength));
        official.Property(o => o.UpdatedBy).HasMaxLength(256);
        official.HasOne(o => o.Agency).WithMany(a => a.Officials).HasForeignKey(o => o.AgencyId).OnDelete(DeleteBehavior.Cascade);
        // A photo in use by an official is kept: the library refuses to delete it, as for an article's cover.
        official.HasOne(o => o.Photo).WithMany().HasForeignKey(o => o.PhotoId).OnDelete(DeleteBehavior.Restrict);
        official.HasIndex(o => new { o.AgencyId, o.SortOrder });
    }
}
