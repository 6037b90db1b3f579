using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Portal.Web.Agencies;
using Portal.Web.Articles;
using Portal.Web.Categories;
using Portal.Web.Consultations;
using Portal.Web.Data;
using Portal.Web.InfoPages;
using Portal.Web.LegalDocuments;
using Portal.Web.Publishing;
using Portal.Web.Questions;
using Portal.Web.Schedule;
using Portal.Web.SiteLinks;

namespace Portal.Web.Importing;

/// <summary>
/// Fills an empty database from <c>seeds/</c>: categories, site links, the sample articles, the legacy exports (through
/// the legacy importer) and the library of legal documents (through the document import), all in one transaction,
/// so a failed seeding leaves nothing behind.
/// </summary>
public sealed class DatabaseSeeder(
    PortalDbContext db,
    ArticleService articles,
    MarkdownRenderer markdown,
    LegacyImporter legacyImporter,
    LegalDocumentImporter documentImporter,
    ConsultationSeeds consultationSeeds,
    QuestionSeeder questionSeeder,
    DirectorySeeds directorySeeds,
    ScheduleSeeds scheduleSeeds,
    IConfiguration configuration,
    ILogger<DatabaseSeeder> logger)
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true };

    private sealed record CategorySeed(string Slug, string Name, int Order, string? NameEn = null);

    private sealed record SiteLinkSeed(string Name, string Url, int Order, string? NameEn = null);

    public string SeedsPath => configuration["Portal:SeedsPath"] ?? Path.Combine(AppContext.BaseDirectory, "seeds");

    public async Task SeedIfEmptyAsync(CancellationToken cancellationToken = default)
    {
        if (await db.Categories.AnyAsync(cancellationToken) || await db.Articles.AnyAsync(cancellationToken))
        {
            return;
        }
        if (!Directory.Exists(SeedsPath))
        {
            logger.LogWarning("The database is empty and there is no seeds folder at {SeedsPath}", SeedsPath);
            return;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        var categories = (await ReadJsonAsync<CategorySeed>("categories.json", cancellationToken))
            .Select(c => new Category { Slug = c.Slug, Name = c.Name, NameEn = c.NameEn ?? "", SortOrder = c.Order })
            .ToList();
        db.Categories.AddRange(categories);
        db.SiteLinks.AddRange((await ReadJsonAsync<SiteLinkSeed>("site-links.json", cancellationToken))
            .Select(l => new SiteLink { Name = l.Name, NameEn = l.NameEn ?? "", Url = l.Url, SortOrder = l.Order }));
        await db.SaveChangesAsync(cancellationToken);

        var bySlug = categories.ToDictionary(c => c.Slug, StringComparer.Ordinal);
        var articleFiles = Directory.Exists(Path.Combine(SeedsPath, "articles"))
            ? Directory.GetFiles(Path.Combine(SeedsPath, "articles"), "*.md").Order(StringComparer.Ordinal).ToList()
            : [];
        foreach (var file in articleFiles)
        {
            var seed = SeedArticleFile.Parse(Path.GetFileName(file), await File.ReadAllTextAsync(file, cancellationToken));
            if (!bySlug.TryGetValue(seed.CategorySlug, out var category))
            {
                throw new FormatException($"{Path.GetFileName(file)}: no category '{seed.CategorySlug}' in categories.json");
            }
            await NamingTheFileAsync(file, () => articles.AddAsync(new ArticleDraft(
                seed.Title, seed.Summary, seed.BodyMarkdown, seed.Author, category.Id, PublicationStatus.Published, seed.PublishedAtUtc), cancellationToken));
            await db.SaveChangesAsync(cancellationToken);
        }

        await SeedInfoPagesAsync(cancellationToken);

        var legacyFolder = Path.Combine(SeedsPath, "legacy");
        var legacyFiles = Directory.Exists(legacyFolder) ? Directory.GetFiles(legacyFolder, "*.txt").Order(StringComparer.Ordinal).ToList() : [];
        foreach (var file in legacyFiles)
        {
            var outcome = await legacyImporter.ImportFileAsync(file, cancellationToken);
            if (!outcome.Succeeded)
            {
                throw new FormatException($"{file}: {outcome.Message}");
            }
        }

        var agencies = await directorySeeds.AddAsync(SeedsPath, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        var scheduleEntries = await scheduleSeeds.AddAsync(SeedsPath, cancellationToken);

        var documents = await SeedLegalDocumentsAsync(cancellationToken);
        var consultations = await consultationSeeds.AddAsync(SeedsPath, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        // Questions name the documents' fields and issuers: after them.
        var questions = await questionSeeder.SeedAsync(SeedsPath, cancellationToken);

        await transaction.CommitAsync(cancellationToken);
        logger.LogInformation("Seeded {Categories} categories, {Articles} sample articles, {Legacy} legacy export(s), {Agencies} agencies, {ScheduleEntries} schedule entries, {Documents} legal documents, {Consultations} consultations and {Questions} answered questions from {SeedsPath}",
            categories.Count, articleFiles.Count, legacyFiles.Count, agencies, scheduleEntries, documents, consultations, questions, SeedsPath);
    }

    /// <summary>
    /// <c>documents/</c>: the lists in their order (<c>types.csv</c> with abbreviations, <c>issuers.csv</c> with slugs,
    /// <c>fields.csv</c>), then <c>documents.csv</c> through the import, its PDFs from <c>files/</c>.
    /// </summary>
    private async Task<int> SeedLegalDocumentsAsync(CancellationToken cancellationToken)
    {
        var folder = Path.Combine(SeedsPath, "documents");
        if (!File.Exists(Path.Combine(folder, "documents.csv")))
        {
            return 0;
        }
        var order = 0;
        db.DocumentTypes.AddRange(ReadListCsv(folder, "types.csv").Select(r => new DocumentType { Name = r[0], Abbreviation = r[1], SortOrder = ++order }));
        order = 0;
        db.DocumentIssuers.AddRange(ReadListCsv(folder, "issuers.csv").Select(r => new DocumentIssuer { Name = r[0], Slug = r[1], SortOrder = ++order }));
        order = 0;
        db.DocumentFields.AddRange(ReadListCsv(folder, "fields.csv").Select(r => new DocumentField { Name = r[0], SortOrder = ++order }));
        await db.SaveChangesAsync(cancellationToken);

        await using var csv = File.OpenRead(Path.Combine(folder, "documents.csv"));
        var report = await documentImporter.ImportAsync(csv, new FolderImportFiles(Path.Combine(folder, "files")), ArticleService.SystemUser, cancellationToken);
        if (!report.Succeeded)
        {
            throw new FormatException($"documents/documents.csv: {report.FileRefusal ?? string.Join(" ", report.Problems.Select(p => $"line {p.Line}: {p.Reason}"))}");
        }
        return report.Created;
    }

    /// <summary>The rows of a small list CSV after its header, each value trimmed (names hold no commas).</summary>
    private static IEnumerable<string[]> ReadListCsv(string folder, string fileName)
    {
        var path = Path.Combine(folder, fileName);
        return File.Exists(path)
            ? File.ReadAllLines(path).Skip(1).Where(l => l.Trim().Length > 0).Select(l => l.Split(',').Select(v => v.Trim().Normalize(System.Text.NormalizationForm.FormC)).ToArray())
            : [];
    }

    /// <summary>Information pages: <c>pages/{slug}.vi.md</c> with its English side in <c>pages/{slug}.en.md</c>.</summary>
    private async Task SeedInfoPagesAsync(CancellationToken cancellationToken)
    {
        var folder = Path.Combine(SeedsPath, "pages");
        if (!Directory.Exists(folder))
        {
            return;
        }
        foreach (var file in Directory.GetFiles(folder, "*.vi.md").Order(StringComparer.Ordinal))
        {
            var slug = Path.GetFileName(file)[..^".vi.md".Length];
            var vietnamese = FrontMatter.Parse(Path.GetFileName(file), await File.ReadAllTextAsync(file, cancellationToken));
            var englishFile = Path.Combine(folder, $"{slug}.en.md");
            var english = File.Exists(englishFile) ? FrontMatter.Parse(Path.GetFileName(englishFile), await File.ReadAllTextAsync(englishFile, cancellationToken)) : null;
            var bodyVi = await NamingTheFileAsync(file, () => Task.FromResult(markdown.ToHtml(vietnamese.Body)));
            var bodyEn = english is null ? "" : await NamingTheFileAsync(englishFile, () => Task.FromResult(markdown.ToHtml(english.Body)));
            db.InfoPages.Add(new InfoPage
            {
                Slug = slug,
                SortOrder = int.TryParse(vietnamese.Fields.GetValueOrDefault("order"), out var order) ? order : 0,
                TitleVi = vietnamese.Required("title"),
                BodyViMarkdown = vietnamese.Body,
                BodyViHtml = bodyVi,
                TitleEn = english?.Required("title") ?? "",
                BodyEnMarkdown = english?.Body ?? "",
                BodyEnHtml = bodyEn,
                UpdatedBy = ArticleService.SystemUser,
            });
        }
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>A seed file whose Markdown cannot be rendered stops the seeding with the file's name, not a bare stack.</summary>
    private static async Task<T> NamingTheFileAsync<T>(string file, Func<Task<T>> render)
    {
        try
        {
            return await render();
        }
        catch (FormatException exception)
        {
            throw new FormatException($"{Path.GetFileName(file)}: {exception.Message}", exception);
        }
    }

    private async Task<List<T>> ReadJsonAsync<T>(string fileName, CancellationToken cancellationToken)
    {
        var path = Path.Combine(SeedsPath, fileName);
        if (!File.Exists(path))
        {
            return [];
        }
        await using var stream = File.OpenRead(path);
        return await JsonSerializer.DeserializeAsync<List<T>>(stream, Json, cancellationToken) ?? [];
    }
}
