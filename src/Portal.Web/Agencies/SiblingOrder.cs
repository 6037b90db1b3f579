using Portal.Web.Auditing;
using Portal.Web.Data;

namespace Portal.Web.Agencies;

/// <summary>Moving an agency or an official a place up or down among its siblings (those of the same parent or agency).</summary>
internal static class SiblingOrder
{
    /// <summary>
    /// Swaps the row with its neighbour in <paramref name="siblings"/> (tracked, in display order), numbering them
    /// afresh first, and records the move, in one save. A row already first or last stays.
    /// </summary>
    public static async Task<T?> MoveAsync<T>(PortalDbContext db, AuditLog audit, List<T> siblings, int id, int step,
        Func<T, string> name, Action<T, int> setOrder, Func<T, int> order, string userName, CancellationToken cancellationToken)
        where T : class
    {
        var index = siblings.FindIndex(s => db.Entry(s).Property("Id").CurrentValue is int rowId && rowId == id);
        if (index < 0)
        {
            return null;
        }
        var neighbourIndex = index + step;
        if (neighbourIndex < 0 || neighbourIndex >= siblings.Count)
        {
            return siblings[index];
        }
        for (var i = 0; i < siblings.Count; i++)
        {
            setOrder(siblings[i], i + 1);
        }
        var (row, neighbour) = (siblings[index], siblings[neighbourIndex]);
        var rowOrder = order(row);
        setOrder(row, order(neighbour));
        setOrder(neighbour, rowOrder);
        audit.Add(userName, AuditActions.DirectoryChanged, name(row), step < 0 ? $"Chuyển lên trên {name(neighbour)}" : $"Chuyển xuống dưới {name(neighbour)}");
        await db.SaveChangesAsync(cancellationToken);
        return row;
    }
}
