using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Portal.Web.Articles;
using Portal.Web.Data;
using Portal.Web.Localization;
using Portal.Web.Publishing;

namespace Portal.Web.Schedule;

/// <summary>
/// <c>seeds/schedule.json</c>: a week of the leaders' schedule, each entry by its day of the week and times, placed in
/// the week of the first start so a newcomer sees a current week, leaders named as in <c>seeds/directory.json</c>,
/// published. Runs after the directory is saved.
/// </summary>
public sealed class ScheduleSeeds(PortalDbContext db, TimeProvider time)
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true, Converters = { new JsonStringEnumConverter() } };

    private sealed record EntrySeed(DayOfWeek Day, string Start, string? End, List<string> Leaders, string Content, string? Place,
        string? Attendees, string? PreparingUnit, bool Recurring);

    /// <summary>Adds and saves the entries; their number.</summary>
    public async Task<int> AddAsync(string seedsPath, CancellationToken cancellationToken)
    {
        var path = Path.Combine(seedsPath, "schedule.json");
        if (!File.Exists(path))
        {
            return 0;
        }
        await using var stream = File.OpenRead(path);
        var seeds = await JsonSerializer.DeserializeAsync<List<EntrySeed>>(stream, Json, cancellationToken) ?? [];
        var officials = await db.Officials.ToListAsync(cancellationToken);
        var now = time.GetUtcNow().UtcDateTime;
        var week = ScheduleWeek.Of(now);
        foreach (var seed in seeds)
        {
            var day = week.Monday.AddDays(((int)seed.Day + 6) % 7);
            var entry = new ScheduleEntry
            {
                StartsAt = At(day, seed.Start),
                EndsAt = seed.End is null ? null : At(day, seed.End),
                Content = Nfc(seed.Content),
                Place = Nfc(seed.Place),
                Attendees = Nfc(seed.Attendees),
                PreparingUnit = Nfc(seed.PreparingUnit),
                IsRecurring = seed.Recurring,
                Leaders = seed.Leaders.Select(name => officials.FirstOrDefault(o => o.Name == Nfc(name))
                    ?? throw new FormatException($"schedule.json: no official named '{name}' in directory.json")).ToList(),
                Status = PublicationStatus.Published,
                PublishedAt = now,
                CreatedAt = now,
            };
            Versions.Stamp(entry, ArticleService.SystemUser, now);
            db.ScheduleEntries.Add(entry);
        }
        await db.SaveChangesAsync(cancellationToken);
        return seeds.Count;
    }

    private static DateTime At(DateOnly day, string time) =>
        VietnamTime.ToUtc(day.ToDateTime(TimeOnly.ParseExact(time, "HH:mm", CultureInfo.InvariantCulture)));

    private static string Nfc(string? text) => (text ?? "").Trim().Normalize(NormalizationForm.FormC);
}
