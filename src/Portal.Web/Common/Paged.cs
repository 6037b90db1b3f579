using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;

namespace Portal.Web.Common;

/// <summary>One page of a list: its items, which page it is (from 1), how many pages there are, and how many items in all.</summary>
public sealed record Paged<T>(IReadOnlyList<T> Items, int PageNumber, int PageCount, int Total)
{
    public static readonly Paged<T> Empty = new([], 1, 1, 0);
}

public static class Paging
{
    /// <summary>An empty list still has one page, the one that says it is empty.</summary>
    public static int PageCount(int total, int pageSize) => Math.Max(1, (total + pageSize - 1) / pageSize);

    /// <summary>
    /// Counts the rows, then reads the asked page of them, or the nearest that exists (past the last page, the
    /// last), shaped by <paramref name="shape"/> once the page is cut, so only its rows are read.
    /// </summary>
    public static async Task<Paged<TItem>> PageAsync<TRow, TItem>(this IOrderedQueryable<TRow> rows, int pageNumber, int pageSize,
        Func<IQueryable<TRow>, IQueryable<TItem>> shape, CancellationToken cancellationToken = default)
    {
        var total = await rows.CountAsync(cancellationToken);
        var pageCount = PageCount(total, pageSize);
        var page = Math.Clamp(pageNumber, 1, pageCount);
        var items = await shape(rows.Skip((page - 1) * pageSize).Take(pageSize)).ToListAsync(cancellationToken);
        return new Paged<TItem>(items, page, pageCount, total);
    }

    public static Task<Paged<T>> PageAsync<T>(this IOrderedQueryable<T> rows, int pageNumber, int pageSize, CancellationToken cancellationToken = default) =>
        rows.PageAsync(pageNumber, pageSize, page => page, cancellationToken);

    /// <summary>
    /// The ids of page <paramref name="pageNumber"/> of <paramref name="total"/> rows in <paramref name="newestFirst"/>
    /// order, cut from the nearer end: a page in the older half is counted in <paramref name="oldestFirst"/> order from
    /// the oldest end, so no page skips more than half the rows. Read from an index alone where one covers the order,
    /// the ids then find the page's own rows (a deferred join).
    /// </summary>
    public static IQueryable<int> PageIds<T>(IQueryable<T> rows, int total, int pageNumber, int pageSize,
        Func<IQueryable<T>, IOrderedQueryable<T>> newestFirst, Func<IQueryable<T>, IOrderedQueryable<T>> oldestFirst, Expression<Func<T, int>> id)
    {
        var skip = (pageNumber - 1) * pageSize;
        var fromOldest = total - skip - pageSize;
        return skip <= total / 2
            ? newestFirst(rows).Skip(skip).Take(pageSize).Select(id)
            : oldestFirst(rows).Skip(Math.Max(0, fromOldest)).Take(pageSize + Math.Min(0, fromOldest)).Select(id);
    }
}
