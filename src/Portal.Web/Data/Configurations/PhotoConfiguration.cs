using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Web.Articles;
using Portal.Web.Media;

namespace Portal.Web.Data.Configurations;

internal sealed class PhotoConfiguration : IEntityTypeConfiguration<Photo>
{
    public void Configure(EntityTypeBuilder<Photo> photo)
    {
        photo.Property(p => p.AltText).HasMaxLength(Photo.AltTextMaxLength);
        photo.Property(p => p.Caption).HasMaxLength(Photo.CaptionMaxLength);
        photo.Property(p => p.Credit).HasMaxLength(Photo.CreditMaxLength);
        photo.Property(p => p.UploadedBy).HasMaxLength(Accounts.PortalUser.DisplayNameMaxLength);
        photo.Property(p => p.SearchText).HasMaxLength(Photo.AltTextMaxLength + Photo.CaptionMaxLength + Photo.CreditMaxLength + 2);
        photo.HasMany(p => p.Variants).WithOne().HasForeignKey(v => v.PhotoId).OnDelete(DeleteBehavior.Cascade);
        // The library's list: newest first.
        photo.HasIndex(p => new { p.UploadedAt, p.Id }).IsDescending(true, true);
    }
}

internal sealed class PhotoVariantConfiguration : IEntityTypeConfiguration<PhotoVariant>
{
    public void Configure(EntityTypeBuilder<PhotoVariant> variant)
    {
        variant.Property(v => v.Format).HasMaxLength(8);
        variant.Property(v => v.Hash).HasMaxLength(64);
        // Not unique: the same file uploaded twice gives two photos sharing their bytes.
        variant.HasIndex(v => v.Hash);
    }
}

internal sealed class PhotoBlobConfiguration : IEntityTypeConfiguration<PhotoBlob>
{
    public void Configure(EntityTypeBuilder<PhotoBlob> blob)
    {
        blob.HasKey(b => b.Hash);
        blob.Property(b => b.Hash).HasMaxLength(64);
        blob.Property(b => b.ContentType).HasMaxLength(32);
    }
}

internal sealed class ArticlePhotoConfiguration : IEntityTypeConfiguration<ArticlePhoto>
{
    public void Configure(EntityTypeBuilder<ArticlePhoto> use)
    {
        use.HasKey(u => new { u.ArticleId, u.PhotoId });
        use.HasOne<Article>().WithMany().HasForeignKey(u => u.ArticleId).OnDelete(DeleteBehavior.Cascade);
        // A photo in use cannot go: the library refuses first, with the articles' names; this is the last guard.
        use.HasOne<Photo>().WithMany().HasForeignKey(u => u.PhotoId).OnDelete(DeleteBehavior.Restrict);
        use.HasIndex(u => u.PhotoId);
    }
}
