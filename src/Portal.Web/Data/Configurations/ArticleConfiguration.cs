using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Web.Articles;

namespace Portal.Web.Data.Configurations;

internal sealed class ArticleConfiguration : IEntityTypeConfiguration<Article>
{
    /// <summary>Published articles newest first; search walks it by name.</summary>
    public const string NewestIndex = "IX_Articles_Status_PublishedAt_Id";

    public void Configure(EntityTypeBuilder<Article> article)
    {
        article.Property(a => a.Title).HasMaxLength(Article.TitleMaxLength);
        article.Property(a => a.Slug).HasMaxLength(SlugGenerator.MaxLength);
        article.Property(a => a.Summary).HasMaxLength(Article.SummaryMaxLength);
        article.Property(a => a.Author).HasMaxLength(Article.AuthorMaxLength);
        article.Property(a => a.UpdatedBy).HasMaxLength(Accounts.PortalUser.DisplayNameMaxLength);
        article.Property(a => a.ReviewComment).HasMaxLength(Article.ReviewCommentMaxLength);
        article.Property(a => a.Version).IsConcurrencyToken();

        article.HasOne(a => a.Category).WithMany().HasForeignKey(a => a.CategoryId).OnDelete(DeleteBehavior.Restrict);
        article.HasOne(a => a.CoverPhoto).WithMany().HasForeignKey(a => a.CoverPhotoId).OnDelete(DeleteBehavior.Restrict);

        article.HasIndex(a => a.Slug).IsUnique();
        // The public lists, newest published first: site-wide (home, feeds, search) and per category (category
        // pages, home blocks). Id ends each key, so the order is total and a page of ids, or a count, is read
        // from the index alone, never from the rows with their bodies.
        article.HasIndex(a => new { a.Status, a.PublishedAt, a.Id }).IsDescending(false, true, true).HasDatabaseName(NewestIndex);
        article.HasIndex(a => new { a.CategoryId, a.Status, a.PublishedAt, a.Id }).IsDescending(false, false, true, true);
    }
}

internal sealed class ArticleRevisionConfiguration : IEntityTypeConfiguration<ArticleRevision>
{
    public void Configure(EntityTypeBuilder<ArticleRevision> revision)
    {
        revision.Property(r => r.Title).HasMaxLength(Article.TitleMaxLength);
        revision.Property(r => r.Slug).HasMaxLength(SlugGenerator.MaxLength);
        revision.Property(r => r.Summary).HasMaxLength(Article.SummaryMaxLength);
        revision.Property(r => r.Author).HasMaxLength(Article.AuthorMaxLength);
        revision.Property(r => r.CreatedBy).HasMaxLength(Accounts.PortalUser.DisplayNameMaxLength);
        revision.Property(r => r.Note).HasMaxLength(ArticleRevision.NoteMaxLength);
        revision.HasOne<Article>().WithMany().HasForeignKey(r => r.ArticleId).OnDelete(DeleteBehavior.Cascade);
        revision.HasIndex(r => new { r.ArticleId, r.CreatedAt });
    }
}

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
