using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Web.Articles;
using Portal.Web.Categories;

namespace Portal.Web.Data.Configurations;

internal sealed class CategoryConfiguration : IEntityTypeConfiguration<Category>
{
    public void Configure(EntityTypeBuilder<Category> category)
    {
        category.Property(c => c.Name).HasMaxLength(Category.NameMaxLength);
        category.Property(c => c.NameEn).HasMaxLength(Category.NameMaxLength);
        category.Property(c => c.Slug).HasMaxLength(SlugGenerator.MaxLength);
        category.HasIndex(c => c.Slug).IsUnique();
    }
}
