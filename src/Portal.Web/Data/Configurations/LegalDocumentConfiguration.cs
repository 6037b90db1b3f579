using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Web.Articles;
using Portal.Web.LegalDocuments;

namespace Portal.Web.Data.Configurations;

internal sealed class LegalDocumentConfiguration : IEntityTypeConfiguration<LegalDocument>
{
    /// <summary>Published documents newest first (by publication); search walks it by name.</summary>
    public const string NewestIndex = "IX_LegalDocuments_Status_PublishedAt_Id";

    public void Configure(EntityTypeBuilder<LegalDocument> document)
    {
        document.Property(d => d.Number).HasMaxLength(LegalDocument.NumberMaxLength);
        document.Property(d => d.NumberKey).HasMaxLength(LegalDocument.NumberMaxLength);
        document.Property(d => d.Slug).HasMaxLength(SlugGenerator.MaxLength);
        document.Property(d => d.Abstract).HasMaxLength(LegalDocument.AbstractMaxLength);
        document.Property(d => d.Signer).HasMaxLength(LegalDocument.SignerMaxLength);
        document.Property(d => d.SignerTitle).HasMaxLength(LegalDocument.SignerTitleMaxLength);
        document.Property(d => d.ForceNote).HasMaxLength(LegalDocument.ForceNoteMaxLength);
        document.Property(d => d.UpdatedBy).HasMaxLength(Accounts.PortalUser.DisplayNameMaxLength);
        document.Property(d => d.ReviewComment).HasMaxLength(LegalDocument.ReviewCommentMaxLength);
        document.Property(d => d.Version).IsConcurrencyToken();
        document.Ignore(d => d.TakesEffectOn);

        document.HasOne(d => d.DocumentType).WithMany().HasForeignKey(d => d.DocumentTypeId).OnDelete(DeleteBehavior.Restrict);
        document.HasOne(d => d.Issuer).WithMany().HasForeignKey(d => d.IssuerId).OnDelete(DeleteBehavior.Restrict);
        document.HasMany(d => d.Fields).WithMany().UsingEntity("LegalDocumentFields",
            l => l.HasOne(typeof(DocumentField)).WithMany().HasForeignKey("FieldId").OnDelete(DeleteBehavior.Restrict),
            r => r.HasOne(typeof(LegalDocument)).WithMany().HasForeignKey("DocumentId").OnDelete(DeleteBehavior.Cascade),
            j => j.HasIndex("FieldId", "DocumentId"));
        document.HasMany(d => d.Files).WithOne().HasForeignKey(f => f.DocumentId).OnDelete(DeleteBehavior.Cascade);

        document.HasIndex(d => d.Slug);
        // One number and symbol per issuer: a second is refused by the service, and by the database as a last word.
        document.HasIndex(d => new { d.IssuerId, d.NumberKey }).IsUnique();
        document.HasIndex(d => d.NumberKey);
        // The public list, newest issued first, and search's newest-published walk. Id ends each key, so the order is
        // total and a page of ids, or a count, is read from the index alone.
        document.HasIndex(d => new { d.Status, d.IssuedOn, d.Id }).IsDescending(false, true, true);
        document.HasIndex(d => new { d.Status, d.PublishedAt, d.Id }).IsDescending(false, true, true).HasDatabaseName(NewestIndex);
        document.HasIndex(d => new { d.DocumentTypeId, d.Status, d.IssuedOn, d.Id }).IsDescending(false, false, true, true);
        document.HasIndex(d => new { d.IssuerId, d.Status, d.IssuedOn, d.Id }).IsDescending(false, false, true, true);
    }
}

internal sealed class LegalDocumentRelationConfiguration : IEntityTypeConfiguration<LegalDocumentRelation>
{
    public void Configure(EntityTypeBuilder<LegalDocumentRelation> relation)
    {
        relation.HasOne(r => r.Document).WithMany().HasForeignKey(r => r.DocumentId).OnDelete(DeleteBehavior.Cascade);
        // A target cannot cascade too (SQL Server refuses two cascade paths): deleting a document removes the
        // relations that point at it in the service, in the same transaction.
        relation.HasOne(r => r.Target).WithMany().HasForeignKey(r => r.TargetId).OnDelete(DeleteBehavior.Restrict);
        relation.HasIndex(r => new { r.DocumentId, r.Kind, r.TargetId }).IsUnique();
        relation.HasIndex(r => r.TargetId);
    }
}

internal sealed class LegalDocumentFileConfiguration : IEntityTypeConfiguration<LegalDocumentFile>
{
    public void Configure(EntityTypeBuilder<LegalDocumentFile> file)
    {
        file.Property(f => f.FileName).HasMaxLength(LegalDocumentFile.FileNameMaxLength);
        file.Property(f => f.Hash).HasMaxLength(32);
        file.Property(f => f.UploadedBy).HasMaxLength(Accounts.PortalUser.DisplayNameMaxLength);
        file.HasIndex(f => new { f.DocumentId, f.SortOrder });
        file.HasIndex(f => f.Hash);
    }
}

internal sealed class LegalDocumentRevisionConfiguration : IEntityTypeConfiguration<LegalDocumentRevision>
{
    public void Configure(EntityTypeBuilder<LegalDocumentRevision> revision)
    {
        revision.Property(r => r.CreatedBy).HasMaxLength(Accounts.PortalUser.DisplayNameMaxLength);
        revision.Property(r => r.Note).HasMaxLength(LegalDocumentRevision.NoteMaxLength);
        revision.HasOne<LegalDocument>().WithMany().HasForeignKey(r => r.DocumentId).OnDelete(DeleteBehavior.Cascade);
        revision.HasIndex(r => new { r.DocumentId, r.CreatedAt });
    }
}

internal sealed class DocumentListsConfiguration :
    IEntityTypeConfiguration<DocumentType>, IEntityTypeConfiguration<DocumentIssuer>, IEntityTypeConfiguration<DocumentField>
{
    public void Configure(EntityTypeBuilder<DocumentType> type)
    {
        type.ToTable("DocumentTypes");
        type.Property(t => t.Name).HasMaxLength(DocumentListItem.NameMaxLength);
        type.Property(t => t.Abbreviation).HasMaxLength(20);
        type.HasIndex(t => t.Name).IsUnique();
    }

    public void Configure(EntityTypeBuilder<DocumentIssuer> issuer)
    {
        issuer.ToTable("DocumentIssuers");
        issuer.Property(i => i.Name).HasMaxLength(DocumentListItem.NameMaxLength);
        issuer.Property(i => i.Slug).HasMaxLength(SlugGenerator.MaxLength);
        issuer.HasIndex(i => i.Name).IsUnique();
        issuer.HasIndex(i => i.Slug).IsUnique();
    }

    public void Configure(EntityTypeBuilder<DocumentField> field)
    {
        field.ToTable("DocumentFields");
        field.Property(f => f.Name).HasMaxLength(DocumentListItem.NameMaxLength);
        field.HasIndex(f => f.Name).IsUnique();
    }
}
