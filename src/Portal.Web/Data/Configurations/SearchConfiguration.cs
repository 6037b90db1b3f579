using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Web.Search;

namespace Portal.Web.Data.Configurations;

internal sealed class ArticleSearchDocumentConfiguration : IEntityTypeConfiguration<ArticleSearchDocument>
{
    public void Configure(EntityTypeBuilder<ArticleSearchDocument> document)
    {
        document.HasKey(d => d.ArticleId);
        // Narrow beside the rows with their text: counting documents (the start-up check) reads this alone.
        document.HasIndex(d => d.ArticleId);
        document.HasOne(d => d.Article).WithOne().HasForeignKey<ArticleSearchDocument>(d => d.ArticleId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ArticleSearchTermConfiguration : IEntityTypeConfiguration<ArticleSearchTerm>
{
    public void Configure(EntityTypeBuilder<ArticleSearchTerm> term)
    {
        term.HasKey(t => new { t.Term, t.ArticleId });
        term.Property(t => t.Term).HasMaxLength(ArticleSearchTerm.MaxLength);
        term.HasOne(t => t.Article).WithMany().HasForeignKey(t => t.ArticleId).OnDelete(DeleteBehavior.Cascade);
        term.HasIndex(t => t.ArticleId);
    }
}
