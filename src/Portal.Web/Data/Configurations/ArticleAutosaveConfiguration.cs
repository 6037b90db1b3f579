using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Web.Articles;

namespace Portal.Web.Data.Configurations;

internal sealed class ArticleAutosaveConfiguration : IEntityTypeConfiguration<ArticleAutosave>
{
    public void Configure(EntityTypeBuilder<ArticleAutosave> autosave)
    {
        autosave.Property(a => a.UserId).HasMaxLength(450);
        autosave.Property(a => a.Title).HasMaxLength(Article.TitleMaxLength);
        autosave.Property(a => a.Slug).HasMaxLength(SlugGenerator.MaxLength);
        autosave.Property(a => a.Summary).HasMaxLength(Article.SummaryMaxLength);
        autosave.Property(a => a.Author).HasMaxLength(Article.AuthorMaxLength);
        // Gone with the article, or with the account; the category and cover are only numbers typed in a form.
        autosave.HasOne<Article>().WithMany().HasForeignKey(a => a.ArticleId).OnDelete(DeleteBehavior.Cascade);
        autosave.HasOne<Accounts.PortalUser>().WithMany().HasForeignKey(a => a.UserId).OnDelete(DeleteBehavior.Cascade);
        // Not unique: NULL (a new article) is distinct on two providers of three; the service keeps one row.
        autosave.HasIndex(a => new { a.UserId, a.ArticleId });
        autosave.HasIndex(a => a.SavedAt);
    }
}
