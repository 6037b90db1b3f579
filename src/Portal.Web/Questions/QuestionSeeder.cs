using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Portal.Web.Articles;
using Portal.Web.Data;
using Portal.Web.Localization;
using Portal.Web.Publishing;

namespace Portal.Web.Questions;

/// <summary>
/// The answered questions a newcomer's first start shows (<c>seeds/questions/questions.json</c>): confirmed, assigned
/// and answered, published at their answer's date through the workflow. Their askers' addresses are example.invalid,
/// and no e-mail is written: the answer counts as sent.
/// </summary>
public sealed class QuestionSeeder(PortalDbContext db, QuestionWorkflow workflow)
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true };

    private sealed record QuestionSeed(string Title, string Field, string Agency, string Name, bool ShowName, string Email, string Body, string Answer,
        DateTime AskedAt, DateTime AnsweredAt);

    /// <summary>Seeds the questions from <paramref name="seedsPath"/>, in the caller's transaction; returns how many.</summary>
    public async Task<int> SeedAsync(string seedsPath, CancellationToken cancellationToken)
    {
        var path = Path.Combine(seedsPath, "questions", "questions.json");
        if (!File.Exists(path))
        {
            return 0;
        }
        List<QuestionSeed> seeds;
        await using (var stream = File.OpenRead(path))
        {
            seeds = await JsonSerializer.DeserializeAsync<List<QuestionSeed>>(stream, Json, cancellationToken) ?? [];
        }
        foreach (var seed in seeds)
        {
            var field = await db.DocumentFields.FirstOrDefaultAsync(f => f.Name == Nfc(seed.Field), cancellationToken)
                ?? throw new FormatException($"questions/questions.json: no field '{seed.Field}' in documents/fields.csv");
            var agency = await db.DocumentIssuers.FirstOrDefaultAsync(i => i.Slug == seed.Agency, cancellationToken)
                ?? throw new FormatException($"questions/questions.json: no issuer '{seed.Agency}' in documents/issuers.csv");
            var asked = VietnamTime.ToUtc(seed.AskedAt);
            var answered = VietnamTime.ToUtc(seed.AnsweredAt);
            var question = new Question
            {
                Title = Nfc(seed.Title),
                Slug = SlugGenerator.FromTitle(seed.Title),
                Body = Nfc(seed.Body),
                FieldId = field.Id,
                Name = Nfc(seed.Name),
                Email = seed.Email,
                ShowName = seed.ShowName,
                PublishConsent = true,
                CreatedAt = asked,
                ConsentedAt = asked,
                ConfirmedAt = asked.AddMinutes(5),
                AgencyId = agency.Id,
                Answer = Nfc(seed.Answer),
                AnsweredAt = answered,
                Status = PublicationStatus.Submitted,
                UpdatedAt = answered,
                UpdatedBy = ArticleService.SystemUser,
                Version = Guid.NewGuid(),
            };
            db.Questions.Add(question);
            await db.SaveChangesAsync(cancellationToken);
            var result = await workflow.PublishImportedAsync(question.Id, question.Version, answered, ArticleService.SystemUser, cancellationToken);
            if (result.Outcome != WorkflowOutcome.Done)
            {
                throw new FormatException($"questions/questions.json: '{seed.Title}' could not be published: {result.Message}");
            }
        }
        return seeds.Count;
    }

    private static string Nfc(string text) => text.Normalize(NormalizationForm.FormC);
}
