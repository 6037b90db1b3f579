using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Web.Articles;
using Portal.Web.Media;

namespace Portal.Web.Data.Configurations;

internal sealed class ArticleProposalConfiguration : IEntityTypeConfiguration<ArticleProposal>
{
    public void Configure(EntityTypeBuilder<ArticleProposal> proposal)
    {
        proposal.Property(p => p.Title).HasMaxLength(Article.TitleMaxLength);
        proposal.Property(p => p.Slug).HasMaxLength(SlugGenerator.MaxLength);
        proposal.Property(p => p.Summary).HasMaxLength(Article.SummaryMaxLength);
        proposal.Property(p => p.Author).HasMaxLength(Article.AuthorMaxLength);
        proposal.Property(p => p.Tags).HasMaxLength(Article.TagsMaxLength);
        proposal.Property(p => p.ReviewComment).HasMaxLength(Article.ReviewCommentMaxLength);
        proposal.Property(p => p.CreatedBy).HasMaxLength(Accounts.PortalUser.DisplayNameMaxLength);
        proposal.Property(p => p.UpdatedBy).HasMaxLength(Accounts.PortalUser.DisplayNameMaxLength);
        proposal.Property(p => p.DecidedBy).HasMaxLength(Accounts.PortalUser.DisplayNameMaxLength);
        proposal.Property(p => p.Version).IsConcurrencyToken();
        proposal.Ignore(p => p.IsOpen);
        proposal.Ignore(p => p.Content);

        proposal.HasOne<Article>().WithMany().HasForeignKey(p => p.ArticleId).OnDelete(DeleteBehavior.Cascade);
        proposal.HasOne<Photo>().WithMany().HasForeignKey(p => p.CoverPhotoId).OnDelete(DeleteBehavior.SetNull);
        proposal.HasIndex(p => p.ArticleId);
        // Unique where set: at most one open proposal per article, whoever clicks first.
        proposal.HasIndex(p => p.OpenArticleId).IsUnique();
        proposal.HasIndex(p => new { p.Status, p.UpdatedAt });
    }
}
