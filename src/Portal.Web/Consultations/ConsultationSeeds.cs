using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Portal.Web.Articles;
using Portal.Web.Data;
using Portal.Web.LegalDocuments.Files;
using Portal.Web.Localization;
using Portal.Web.Publishing;

namespace Portal.Web.Consultations;

/// <summary>
/// <c>consultations/consultations.json</c> in the seeds: a newcomer's first start shows one open consultation and one
/// closed with its summary and a few published comments. Times are counted in days from the first start, so the open
/// one is open then; each draft's PDF is written at seeding (<see cref="SimplePdf"/>) and read and kept as an
/// uploaded file is. Commenters' addresses are on example.invalid, never a real domain. The caller saves.
/// </summary>
public sealed class ConsultationSeeds(PortalDbContext db, DocumentFileStore files, TimeProvider time)
{
    public const string FileName = "consultations.json";

    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true };

    private sealed record DraftSeed(string FileName, List<string> Paragraphs);

    private sealed record CommentSeed(string Name, bool ShowName, int? Section, string Text);

    private sealed record Seed(
        string Title, string Issuer, string Explanation, List<string> Sections, int OpensDaysAgo, int ClosesInDays, DraftSeed Draft,
        string Summary, List<CommentSeed> Comments);

    /// <summary>Adds the consultations of <paramref name="seedsPath"/>'s file, if it has one; returns how many.</summary>
    public async Task<int> AddAsync(string seedsPath, CancellationToken cancellationToken)
    {
        var path = Path.Combine(seedsPath, "consultations", FileName);
        if (!File.Exists(path))
        {
            return 0;
        }
        await using var stream = File.OpenRead(path);
        var seeds = await JsonSerializer.DeserializeAsync<List<Seed>>(stream, Json, cancellationToken) ?? [];
        var now = time.GetUtcNow().UtcDateTime;
        // Counted from midnight in Vietnam, as an editor would set them: open from 00:00, closing at 00:00 after the last day.
        var today = VietnamTime.ToUtc(VietnamTime.ToVietnam(now).Date);
        foreach (var seed in seeds)
        {
            var issuer = await db.DocumentIssuers.FirstOrDefaultAsync(i => i.Slug == seed.Issuer, cancellationToken)
                ?? throw new FormatException($"{FileName}: no issuer '{seed.Issuer}' in documents/issuers.csv");
            var opensAt = today.AddDays(-seed.OpensDaysAgo);
            var closesAt = today.AddDays(seed.ClosesInDays + 1);
            var consultation = new Consultation
            {
                Title = Nfc(seed.Title),
                Slug = SlugGenerator.FromTitle(seed.Title),
                IssuerId = issuer.Id,
                Explanation = Nfc(seed.Explanation),
                OpensAt = opensAt,
                ClosesAt = closesAt,
                Status = PublicationStatus.Published,
                PublishedAt = opensAt,
                CreatedAt = opensAt,
                UpdatedAt = opensAt,
                UpdatedBy = ArticleService.SystemUser,
                Version = Guid.NewGuid(),
                Sections = seed.Sections.Select((title, i) => new ConsultationSection { Position = i, Title = Nfc(title) }).ToList(),
            };
            consultation.Files.Add(await FileAsync(seed.Draft, seed.Title, opensAt, cancellationToken));
            if (seed.Summary.Length > 0 && closesAt <= now)
            {
                consultation.SummaryText = Nfc(seed.Summary);
                consultation.SummaryPublishedAt = closesAt.AddDays(7) < now ? closesAt.AddDays(7) : now;
            }
            db.Consultations.Add(consultation);
            var number = 0;
            foreach (var comment in seed.Comments)
            {
                number++;
                var sent = opensAt.AddDays(number * 3);
                db.ConsultationComments.Add(new ConsultationComment
                {
                    Consultation = consultation,
                    Section = comment.Section is { } part ? consultation.Sections[part] : null,
                    Name = Nfc(comment.Name),
                    Email = $"nguoi-gop-y-{number}@example.invalid",
                    ShowName = comment.ShowName,
                    Text = Nfc(comment.Text),
                    CreatedAt = sent,
                    ConsentedAt = sent,
                    ConfirmedAt = sent.AddMinutes(20),
                    State = CommentState.Published,
                    ModeratedAt = sent.AddDays(1),
                    ModeratedBy = ArticleService.SystemUser,
                });
            }
        }
        return seeds.Count;
    }

    private async Task<ConsultationFile> FileAsync(DraftSeed draft, string title, DateTime uploadedAt, CancellationToken cancellationToken)
    {
        var name = Nfc(draft.FileName);
        var content = SimplePdf.Write(Nfc(title), draft.Paragraphs.Select(Nfc));
        var (reading, hash) = await files.ReadAndKeepAsync(name, content, cancellationToken);
        if (reading.Refusal is { } refusal)
        {
            throw new FormatException($"{FileName}: {name}: {refusal}");
        }
        return new ConsultationFile
        {
            FileName = name,
            Format = reading.Format,
            Length = content.LongLength,
            Hash = hash,
            PageCount = reading.PageCount,
            Text = reading.Text,
            HasText = reading.HasText,
            UploadedAt = uploadedAt,
            UploadedBy = ArticleService.SystemUser,
        };
    }

    private static string Nfc(string text) => text.Normalize(NormalizationForm.FormC);
}
