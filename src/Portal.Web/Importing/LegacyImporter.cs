using Microsoft.EntityFrameworkCore;
using Portal.Web.Articles;
using Portal.Web.Categories;
using Portal.Web.Data;
using Portal.Web.Publishing;
using Portal.Web.Visitors;

namespace Portal.Web.Importing;

public enum ImportStatus
{
    Imported,
    AlreadyPresent,
    Failed,
}

public sealed record ImportOutcome(string Source, ImportStatus Status, string Message, int? ArticleId = null)
{
    public bool Succeeded => Status != ImportStatus.Failed;
}

/// <summary>
/// Imports legacy exports. Idempotent: the same title at the same time imports once. A file that cannot be
/// read whole is skipped whole, visitor figure included.
/// </summary>
public sealed class LegacyImporter(
    PortalDbContext db,
    ArticleService articles,
    CategoryService categories,
    VisitStore visits,
    ILogger<LegacyImporter> logger)
{
    public async Task<ImportOutcome> ImportFileAsync(string path, CancellationToken cancellationToken = default)
    {
        string text;
        try
        {
            text = await File.ReadAllTextAsync(path, cancellationToken);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return Report(new ImportOutcome(path, ImportStatus.Failed, $"cannot be read: {ex.Message}"));
        }
        return await ImportAsync(path, text, cancellationToken);
    }

    public async Task<ImportOutcome> ImportAsync(string source, string text, CancellationToken cancellationToken = default)
    {
        var parsed = LegacyExportParser.Parse(text);
        if (parsed.Article is not { } legacy)
        {
            return Report(new ImportOutcome(source, ImportStatus.Failed, parsed.Error!));
        }

        var tooLong = legacy.Title.Length > Article.TitleMaxLength ? "title"
            : legacy.Category.Length > Category.NameMaxLength ? "category"
            : legacy.Author.Length > Article.AuthorMaxLength ? "author line"
            : null;
        if (tooLong is not null)
        {
            return Report(new ImportOutcome(source, ImportStatus.Failed, $"the {tooLong} is too long to be one"));
        }

        var ownTransaction = db.Database.CurrentTransaction is null
            ? await db.Database.BeginTransactionAsync(cancellationToken)
            : null;
        await using (ownTransaction)
        {
            if (legacy.VisitorFigure is { } figure)
            {
                await visits.RaiseTotalToAtLeastAsync(figure, cancellationToken);
            }

            var existingId = await db.Articles
                .Where(a => a.Title == legacy.Title && a.PublishedAt == legacy.PublishedAtUtc)
                .Select(a => (int?)a.Id)
                .FirstOrDefaultAsync(cancellationToken);
            if (existingId is { } id)
            {
                if (ownTransaction is not null)
                {
                    await ownTransaction.CommitAsync(cancellationToken);
                }
                return Report(new ImportOutcome(source, ImportStatus.AlreadyPresent, $"already imported as article {id}", id));
            }

            var category = await categories.FindOrAddByNameAsync(legacy.Category, cancellationToken);
            var paragraphs = legacy.Paragraphs.Select(MarkdownText.EscapeParagraph).ToList();
            // The lead paragraph becomes the summary, as on the old page it stood first under the time stamp.
            var (summary, body) = legacy.Paragraphs.Count > 1 && legacy.Paragraphs[0].Length <= Article.SummaryMaxLength
                ? (legacy.Paragraphs[0], paragraphs.Skip(1))
                : ("", paragraphs);
            var article = await articles.AddAsync(new ArticleDraft(
                legacy.Title,
                summary,
                string.Join("\n\n", body),
                legacy.Author,
                category.Id,
                PublicationStatus.Published,
                legacy.PublishedAtUtc), cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            if (ownTransaction is not null)
            {
                await ownTransaction.CommitAsync(cancellationToken);
            }
            return Report(new ImportOutcome(source, ImportStatus.Imported, $"imported as article {article.Id} in '{category.Name}'", article.Id));
        }
    }

    private ImportOutcome Report(ImportOutcome outcome)
    {
        if (outcome.Succeeded)
        {
            logger.LogInformation("Legacy import {Source}: {Message}", outcome.Source, outcome.Message);
        }
        else
        {
            logger.LogWarning("Legacy import {Source} skipped: {Message}", outcome.Source, outcome.Message);
        }
        return outcome;
    }
}
