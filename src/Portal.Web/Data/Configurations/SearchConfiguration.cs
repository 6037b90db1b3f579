using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Web.Search;

namespace Portal.Web.Data.Configurations;

internal sealed class SearchDocumentConfiguration : IEntityTypeConfiguration<SearchDocument>
{
    public void Configure(EntityTypeBuilder<SearchDocument> document)
    {
        document.HasKey(d => d.Id);
        // Given by the kind and the item (SearchDocument.IdOf), never by the database.
        document.Property(d => d.Id).ValueGeneratedNever();
        document.Property(d => d.Kind).HasMaxLength(SearchDocument.KindMaxLength);
        // The document's true key; narrow beside the rows with their text: counting a kind's documents (the
        // start-up check) reads this alone.
        document.HasIndex(d => new { d.Kind, d.ItemId }).IsUnique();
    }
}

internal sealed class SearchTermConfiguration : IEntityTypeConfiguration<SearchTerm>
{
    public void Configure(EntityTypeBuilder<SearchTerm> term)
    {
        term.HasKey(t => new { t.Term, t.DocumentId });
        term.Property(t => t.Term).HasMaxLength(SearchTerm.MaxLength);
        term.HasOne(t => t.Document).WithMany().HasForeignKey(t => t.DocumentId).OnDelete(DeleteBehavior.Cascade);
        term.HasIndex(t => t.DocumentId);
    }
}
