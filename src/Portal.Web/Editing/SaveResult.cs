using Portal.Web.Articles;

namespace Portal.Web.Editing;

/// <summary>
/// What became of a save (or a deletion) asked from a feature's service: done, refused with a message per field,
/// refused because someone else saved first, or nothing of that id. The same shape for every kind of row, so the
/// admin pages answer each case the same way (<c>SaveAnswers</c>).
/// </summary>
public abstract record SaveResult<T>
{
    private SaveResult()
    {
    }

    public sealed record Saved(T Value) : SaveResult<T>;

    /// <summary>
    /// Messages keyed by the field's name as the service's input names it (the form's <c>Input.</c> aside); the key
    /// <see cref="FormField"/> is the form as a whole.
    /// </summary>
    public sealed record Invalid(IReadOnlyDictionary<string, string> Errors) : SaveResult<T>
    {
        /// <summary>One message, beside one field.</summary>
        public Invalid(string field, string message)
            : this(new Dictionary<string, string> { [field] = message })
        {
        }
    }

    /// <summary>Someone else saved <see cref="Current"/> after the version the save was based on; what they changed.</summary>
    public sealed record Conflict(T Current, IReadOnlyList<FieldChange> TheirChanges) : SaveResult<T>;

    public sealed record NotFound : SaveResult<T>;

    /// <summary>The key of a message about the form as a whole, not one field.</summary>
    public const string FormField = "";
}
