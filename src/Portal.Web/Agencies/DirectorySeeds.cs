using System.Text;
using System.Text.Json;
using Portal.Web.Articles;
using Portal.Web.Data;

namespace Portal.Web.Agencies;

/// <summary>
/// <c>seeds/directory.json</c>: the agencies in tree order (a parent before its units, siblings in display order),
/// each with its officials in display order, for a newcomer's first start.
/// </summary>
public sealed class DirectorySeeds(PortalDbContext db, MarkdownRenderer markdown, TimeProvider time)
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true };

    private sealed record OfficialSeed(string Name, string TitleVi, string? TitleEn, string? Phone, string? Email);

    private sealed record AgencySeed(string Slug, string? Parent, string NameVi, string? NameEn, string? AddressVi, string? AddressEn,
        string? Phone, string? Email, string? Website, string? FunctionsVi, string? FunctionsEn, List<OfficialSeed>? Officials);

    /// <summary>Adds the agencies and officials (saved by the caller); the number of agencies.</summary>
    public async Task<int> AddAsync(string seedsPath, CancellationToken cancellationToken)
    {
        var path = Path.Combine(seedsPath, "directory.json");
        if (!File.Exists(path))
        {
            return 0;
        }
        await using var stream = File.OpenRead(path);
        var seeds = await JsonSerializer.DeserializeAsync<List<AgencySeed>>(stream, Json, cancellationToken) ?? [];
        var now = time.GetUtcNow().UtcDateTime;
        var bySlug = new Dictionary<string, Agency>(StringComparer.Ordinal);
        var order = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var seed in seeds)
        {
            Agency? parent = null;
            if (seed.Parent is not null && !bySlug.TryGetValue(seed.Parent, out parent))
            {
                throw new FormatException($"directory.json: '{seed.Slug}' names the parent '{seed.Parent}', which comes later or not at all");
            }
            var siblings = seed.Parent ?? "";
            order[siblings] = order.GetValueOrDefault(siblings) + 1;
            var agency = new Agency
            {
                Slug = seed.Slug,
                Parent = parent,
                SortOrder = order[siblings],
                NameVi = Nfc(seed.NameVi),
                NameEn = Nfc(seed.NameEn),
                AddressVi = Nfc(seed.AddressVi),
                AddressEn = Nfc(seed.AddressEn),
                Phone = seed.Phone ?? "",
                Email = seed.Email ?? "",
                Website = seed.Website ?? "",
                SearchText = Agency.SearchTextOf(Nfc(seed.NameVi), Nfc(seed.NameEn)),
                FunctionsViMarkdown = Nfc(seed.FunctionsVi),
                FunctionsViHtml = markdown.ToHtml(Nfc(seed.FunctionsVi)),
                FunctionsEnMarkdown = Nfc(seed.FunctionsEn),
                FunctionsEnHtml = markdown.ToHtml(Nfc(seed.FunctionsEn)),
                UpdatedAt = now,
                UpdatedBy = ArticleService.SystemUser,
                Officials = (seed.Officials ?? []).Select((o, i) => new Official
                {
                    SortOrder = i + 1,
                    Name = Nfc(o.Name),
                    TitleVi = Nfc(o.TitleVi),
                    TitleEn = Nfc(o.TitleEn),
                    Phone = o.Phone ?? "",
                    Email = o.Email ?? "",
                    SearchText = Official.SearchTextOf(Nfc(o.Name), Nfc(o.TitleVi), Nfc(o.TitleEn)),
                    UpdatedAt = now,
                    UpdatedBy = ArticleService.SystemUser,
                }).ToList(),
            };
            bySlug.Add(seed.Slug, agency);
            db.Agencies.Add(agency);
        }
        return seeds.Count;
    }

    private static string Nfc(string? text) => (text ?? "").Trim().Normalize(NormalizationForm.FormC);
}
