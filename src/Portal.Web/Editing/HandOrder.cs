using Microsoft.EntityFrameworkCore;
using Portal.Web.Auditing;
using Portal.Web.Data;

namespace Portal.Web.Editing;

/// <summary>A row an administrator puts in order by hand (categories, site links): by its order, then its name.</summary>
public interface IHandOrdered
{
    int Id { get; }

    string Name { get; }

    int SortOrder { get; set; }
}

/// <summary>The one ordering of hand-ordered rows, and moving one of them a place up or down.</summary>
public static class HandOrder
{
    public static IOrderedQueryable<T> InHandOrder<T>(this IQueryable<T> rows) where T : class, IHandOrdered =>
        rows.OrderBy(r => r.SortOrder).ThenBy(r => r.Name).ThenBy(r => r.Id);

    /// <summary>The order a new row takes: after the last.</summary>
    public static async Task<int> NextSortOrderAsync<T>(this IQueryable<T> rows, CancellationToken cancellationToken = default) where T : class, IHandOrdered =>
        (await rows.Select(r => (int?)r.SortOrder).MaxAsync(cancellationToken) ?? 0) + 1;

    /// <summary>
    /// Swaps the row with its neighbour above (<paramref name="step"/> -1) or below (+1), and records the move in
    /// the audit log under <paramref name="auditAction"/>, in one save. Null when there is no such row; a row
    /// already first or last stays where it is.
    /// </summary>
    public static async Task<T?> MoveAsync<T>(PortalDbContext db, AuditLog audit, int id, int step, string userName, string auditAction, CancellationToken cancellationToken)
        where T : class, IHandOrdered
    {
        var ordered = await db.Set<T>().InHandOrder().ToListAsync(cancellationToken);
        var index = ordered.FindIndex(r => r.Id == id);
        if (index < 0)
        {
            return null;
        }
        var neighbourIndex = index + step;
        if (neighbourIndex < 0 || neighbourIndex >= ordered.Count)
        {
            return ordered[index];
        }
        var (row, neighbour) = (ordered[index], ordered[neighbourIndex]);
        if (row.SortOrder == neighbour.SortOrder)
        {
            // Equal orders would swap to the same list: number the whole list afresh first.
            for (var i = 0; i < ordered.Count; i++)
            {
                ordered[i].SortOrder = i + 1;
            }
        }
        (row.SortOrder, neighbour.SortOrder) = (neighbour.SortOrder, row.SortOrder);
        audit.Add(userName, auditAction, row.Name, step < 0 ? $"Chuyển lên trên {neighbour.Name}" : $"Chuyển xuống dưới {neighbour.Name}");
        await db.SaveChangesAsync(cancellationToken);
        return row;
    }
}
