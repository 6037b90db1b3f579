using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Web.Articles;
using Portal.Web.Articles.Attachments;
using Portal.Web.Articles.Tags;
using Portal.Web.LegalDocuments;

namespace Portal.Web.Data.Configurations;

internal sealed class ArticleAttachmentConfiguration : IEntityTypeConfiguration<ArticleAttachment>
{
    public void Configure(EntityTypeBuilder<ArticleAttachment> attachment)
    {
        attachment.Property(a => a.FileName).HasMaxLength(LegalDocumentFile.FileNameMaxLength);
        attachment.Property(a => a.Hash).HasMaxLength(32);
        attachment.Property(a => a.UploadedBy).HasMaxLength(Accounts.PortalUser.DisplayNameMaxLength);
        attachment.HasOne<Article>().WithMany().HasForeignKey(a => a.ArticleId).OnDelete(DeleteBehavior.Cascade);
        attachment.HasIndex(a => new { a.ArticleId, a.SortOrder });
        attachment.HasIndex(a => a.Hash);
    }
}

internal sealed class TagConfiguration : IEntityTypeConfiguration<Tag>
{
    public void Configure(EntityTypeBuilder<Tag> tag)
    {
        tag.Property(t => t.Name).HasMaxLength(Tag.NameMaxLength);
        tag.Property(t => t.NameKey).HasMaxLength(Tag.NameMaxLength);
        tag.Property(t => t.Slug).HasMaxLength(SlugGenerator.MaxLength);
        tag.HasIndex(t => t.NameKey).IsUnique();
        tag.HasIndex(t => t.Slug).IsUnique();
    }
}

internal sealed class ArticleTagConfiguration : IEntityTypeConfiguration<ArticleTag>
{
    public void Configure(EntityTypeBuilder<ArticleTag> articleTag)
    {
        articleTag.HasKey(t => new { t.ArticleId, t.TagId });
        articleTag.HasOne<Article>().WithMany().HasForeignKey(t => t.ArticleId).OnDelete(DeleteBehavior.Cascade);
        articleTag.HasOne<Tag>().WithMany().HasForeignKey(t => t.TagId).OnDelete(DeleteBehavior.Cascade);
        // The tag's page: its articles, from the tag's side.
        articleTag.HasIndex(t => new { t.TagId, t.ArticleId });
    }
}
