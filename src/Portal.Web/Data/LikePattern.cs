using System.Linq.Expressions;
using System.Reflection;
using Microsoft.EntityFrameworkCore;

namespace Portal.Web.Data;

/// <summary>
/// "Holds this text, in any case" as a LIKE that reads the same on every provider. LIKE ignores case on SQLite and
/// SQL Server but not on PostgreSQL, so both sides are lower-cased: the pattern here, the columns with LOWER().
/// </summary>
public static class LikePattern
{
    private const string Escape = "\\";

    private static readonly MethodInfo Lower = typeof(string).GetMethod(nameof(string.ToLower), Type.EmptyTypes)!;

    private static readonly MethodInfo Like = typeof(DbFunctionsExtensions).GetMethod(
        nameof(DbFunctionsExtensions.Like), [typeof(DbFunctions), typeof(string), typeof(string), typeof(string)])!;

    /// <summary>Rows where any of <paramref name="columns"/> holds <paramref name="text"/>, whatever its case.</summary>
    public static Expression<Func<T, bool>> AnyHolds<T>(string text, params Expression<Func<T, string>>[] columns)
    {
        var row = Expression.Parameter(typeof(T), "row");
        var lowered = Containing(text);
        // A captured variable, not a constant: the pattern goes to the database as a parameter.
        var pattern = ((Expression<Func<string>>)(() => lowered)).Body;
        var matches = columns.Select(column => (Expression)Expression.Call(Like,
            Expression.Constant(EF.Functions),
            Expression.Call(new ReplaceParameter(column.Parameters[0], row).Visit(column.Body), Lower),
            pattern,
            Expression.Constant(Escape)));
        return Expression.Lambda<Func<T, bool>>(matches.Aggregate(Expression.OrElse), row);
    }

    private static string Containing(string text) =>
        "%" + text.Trim().ToLowerInvariant()
            .Replace(Escape, Escape + Escape, StringComparison.Ordinal)
            .Replace("%", Escape + "%", StringComparison.Ordinal)
            .Replace("_", Escape + "_", StringComparison.Ordinal) + "%";

    private sealed class ReplaceParameter(ParameterExpression from, ParameterExpression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : node;
    }
}
