using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query;

namespace Portal.Web.LegalDocuments;

/// <summary>A choice of a filter and how many documents it would list.</summary>
public sealed record FacetCount<T>(T Value, string Label, int Count);

/// <summary>Each filter's choices with their counts, every count under the other filters.</summary>
public sealed record LegalDocumentFacets(
    IReadOnlyList<FacetCount<int>> Types,
    IReadOnlyList<FacetCount<int>> Issuers,
    IReadOnlyList<FacetCount<int>> Fields,
    IReadOnlyList<FacetCount<int>> Years,
    IReadOnlyList<FacetCount<LegalForce>> Forces);

/// <summary>
/// The counts beside each filter's choices: for a filter, the documents the OTHER filters match, grouped by its
/// choices (one GROUP BY a filter), so a reader sees what choosing another value would give.
/// </summary>
internal sealed class LegalDocumentFacetCounter(PublishedLegalDocuments documents, DocumentLists lists)
{
    public async Task<LegalDocumentFacets> CountAsync(LegalDocumentFilter filter, CancellationToken cancellationToken)
    {
        var types = await documents.Filtered(filter with { TypeId = null })
            .GroupBy(d => d.DocumentTypeId).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var issuers = await documents.Filtered(filter with { IssuerId = null })
            .GroupBy(d => d.IssuerId).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var fields = await documents.Filtered(filter with { FieldId = null })
            .SelectMany(d => d.Fields).GroupBy(f => f.Id).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var years = await documents.Filtered(filter with { Year = null })
            .GroupBy(d => d.IssuedOn.Year).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var forces = await documents.Filtered(filter with { Force = null })
            .GroupBy(ForceOf(documents.Today)).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        if (filter.Year is { } chosen)
        {
            years.TryAdd(chosen, 0);
        }
        return new LegalDocumentFacets(
            [.. lists.Types.Select(t => new FacetCount<int>(t.Id, t.Name, types.GetValueOrDefault(t.Id)))],
            [.. lists.Issuers.Select(i => new FacetCount<int>(i.Id, i.Name, issuers.GetValueOrDefault(i.Id)))],
            [.. lists.Fields.Select(f => new FacetCount<int>(f.Id, f.Name, fields.GetValueOrDefault(f.Id)))],
            [.. years.OrderByDescending(y => y.Key).Select(y => new FacetCount<int>(y.Key, y.Key.ToString(System.Globalization.CultureInfo.InvariantCulture), y.Value))],
            [.. LegalDocumentFilter.ForceSlugs.Select(f => new FacetCount<LegalForce>(f.Force, LegalForceRule.Label(f.Force), forces.GetValueOrDefault((int)f.Force)))]);
    }

    /// <summary>
    /// A document's legal force as one expression the database groups by, built from <see cref="LegalForceRule.Is"/>
    /// so the rule stays written once: "is in force ? 0 : is not yet ? 1 : is partly out ? 2 : 3".
    /// </summary>
    private static Expression<Func<LegalDocument, int>> ForceOf(DateOnly today)
    {
        var document = Expression.Parameter(typeof(LegalDocument), "d");
        Expression force = Expression.Constant((int)LegalForce.OutOfForce);
        foreach (var candidate in new[] { LegalForce.PartlyOutOfForce, LegalForce.NotYetInForce, LegalForce.InForce })
        {
            var rule = LegalForceRule.Is(candidate, today);
            force = Expression.Condition(ReplacingExpressionVisitor.Replace(rule.Parameters[0], document, rule.Body), Expression.Constant((int)candidate), force);
        }
        return Expression.Lambda<Func<LegalDocument, int>>(force, document);
    }
}
