using System.Text;
using Microsoft.EntityFrameworkCore;
using Portal.Web.Data;
using Portal.Web.Localization;

namespace Portal.Web.Agencies;

/// <summary>An agency in the tree, with its units in display order.</summary>
public sealed record AgencyNode(Agency Agency, IReadOnlyList<AgencyNode> Units);

/// <summary>An agency's page: the agency with its officials (and their photos) in display order, its parents from the root down, its units.</summary>
public sealed record AgencyPage(Agency Agency, IReadOnlyList<Agency> Parents, IReadOnlyList<Agency> Units);

/// <summary>What a search of the directory found: officials (with their agency) and agencies.</summary>
public sealed record DirectorySearchResult(string Query, IReadOnlyList<Official> Officials, IReadOnlyList<Agency> Agencies);

/// <summary>
/// The citizens' reads of the directory: the tree, an agency's page, an official, and a search over officials' names
/// and titles and agencies' names through their folded <c>SearchText</c> (diacritics and case aside).
/// </summary>
public sealed class DirectoryService(PortalDbContext db)
{
    /// <summary>A query is cut to this many characters: no name or title in the directory is longer.</summary>
    public const int QueryMaxLength = 200;

    /// <summary>At most this many officials and this many agencies are listed for a search.</summary>
    public const int ResultLimit = 50;

    private const int MaxWords = 8;

    /// <summary>The roots (the People's Committee) with their units, each level in display order.</summary>
    public async Task<IReadOnlyList<AgencyNode>> TreeAsync(CancellationToken cancellationToken = default) =>
        Build(await AllAsync(cancellationToken));

    public static IReadOnlyList<AgencyNode> Build(IReadOnlyList<Agency> agencies)
    {
        var byParent = agencies.ToLookup(a => a.ParentId);
        var known = agencies.Select(a => a.Id).ToHashSet();
        IReadOnlyList<AgencyNode> Level(int? parentId, int depth) => depth > agencies.Count ? [] :
            byParent[parentId].Select(a => new AgencyNode(a, Level(a.Id, depth + 1))).ToList();
        // A unit whose parent is gone (never, with the foreign key) would still show at the top.
        return Level(null, 0).Concat(agencies.Where(a => a.ParentId is { } p && !known.Contains(p)).Select(a => new AgencyNode(a, Level(a.Id, 1)))).ToList();
    }

    /// <summary>Every agency in display order (by parent, then order, name and id).</summary>
    public async Task<IReadOnlyList<Agency>> AllAsync(CancellationToken cancellationToken = default) =>
        await db.Agencies.AsNoTracking().OrderBy(a => a.SortOrder).ThenBy(a => a.NameVi).ThenBy(a => a.Id).ToListAsync(cancellationToken);

    public async Task<AgencyPage?> FindAsync(string slug, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrEmpty(slug) || slug.Length > 200)
        {
            return null;
        }
        var agency = await db.Agencies.AsNoTracking()
            .Include(a => a.Officials.OrderBy(o => o.SortOrder).ThenBy(o => o.Name).ThenBy(o => o.Id)).ThenInclude(o => o.Photo!).ThenInclude(p => p.Variants)
            .AsSplitQuery()
            .FirstOrDefaultAsync(a => a.Slug == slug, cancellationToken);
        if (agency is null)
        {
            return null;
        }
        var all = await AllAsync(cancellationToken);
        return new AgencyPage(agency, ParentsOf(agency, all), all.Where(a => a.ParentId == agency.Id).ToList());
    }

    /// <summary>The agency's parents, from the root down; a cycle (never, the newsroom refuses one) stops the walk.</summary>
    public static IReadOnlyList<Agency> ParentsOf(Agency agency, IReadOnlyList<Agency> all)
    {
        var byId = all.ToDictionary(a => a.Id);
        var parents = new List<Agency>();
        var seen = new HashSet<int> { agency.Id };
        for (var id = agency.ParentId; id is { } parentId && byId.TryGetValue(parentId, out var parent) && seen.Add(parentId); id = parent.ParentId)
        {
            parents.Insert(0, parent);
        }
        return parents;
    }

    /// <summary>An official with their agency and photo, for the vCard.</summary>
    public Task<Official?> OfficialAsync(int id, CancellationToken cancellationToken = default) =>
        db.Officials.AsNoTracking().Include(o => o.Agency).Include(o => o.Photo!).ThenInclude(p => p.Variants)
            .FirstOrDefaultAsync(o => o.Id == id, cancellationToken);

    /// <summary>The query as searched: trimmed, NFC, cut to <see cref="QueryMaxLength"/> characters.</summary>
    public static string CleanQuery(string? query)
    {
        var text = (query ?? "").Trim();
        text = text.Length > QueryMaxLength ? text[..QueryMaxLength] : text;
        return text.Normalize(NormalizationForm.FormC).Trim();
    }

    /// <summary>
    /// Officials whose name, title or agency's name, and agencies whose name, hold every word of the query (at most 8), diacritics
    /// and case aside; null for an empty query.
    /// </summary>
    public async Task<DirectorySearchResult?> SearchAsync(string? query, CancellationToken cancellationToken = default)
    {
        var text = CleanQuery(query);
        var words = VietnameseText.Fold(text).Split(' ', StringSplitOptions.RemoveEmptyEntries).Distinct().Take(MaxWords).ToList();
        if (words.Count == 0)
        {
            return null;
        }
        var officials = db.Officials.AsNoTracking();
        var agencies = db.Agencies.AsNoTracking();
        foreach (var word in words)
        {
            // A word may be in the official's agency: "giám đốc sở y tế" finds the director of the Department of Health.
            officials = officials.Where(LikePattern.AnyHolds<Official>(word, o => o.SearchText, o => o.Agency!.SearchText));
            agencies = agencies.Where(LikePattern.AnyHolds<Agency>(word, a => a.SearchText));
        }
        var foundOfficials = await officials.Include(o => o.Agency)
            .OrderBy(o => o.Agency!.SortOrder).ThenBy(o => o.AgencyId).ThenBy(o => o.SortOrder).ThenBy(o => o.Id)
            .Take(ResultLimit).ToListAsync(cancellationToken);
        var foundAgencies = await agencies.OrderBy(a => a.SortOrder).ThenBy(a => a.NameVi).ThenBy(a => a.Id).Take(ResultLimit).ToListAsync(cancellationToken);
        return new DirectorySearchResult(text, foundOfficials, foundAgencies);
    }
}
