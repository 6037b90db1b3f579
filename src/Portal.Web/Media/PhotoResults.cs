using Portal.Web.Articles;

namespace Portal.Web.Media;

/// <summary>What an editor typed about a photo.</summary>
public sealed record PhotoDetails(string AltText, string Caption, string Credit);

/// <summary>The field a refusal is about: <see cref="File"/> or one of <see cref="PhotoDetails"/>' names.</summary>
public static class PhotoFields
{
    /// <summary>The form as a whole, not one field.</summary>
    public const string Form = "";
    public const string File = "File";
    public const string AltText = nameof(PhotoDetails.AltText);
    public const string Caption = nameof(PhotoDetails.Caption);
    public const string Credit = nameof(PhotoDetails.Credit);
}

/// <summary>A refusal, in Vietnamese, for the form to show beside <see cref="Field"/>.</summary>
public sealed record PhotoError(string Field, string Message);

/// <summary>The photo stored, or why nothing was.</summary>
public sealed record PhotoUploadResult(Photo? Photo, IReadOnlyList<PhotoError> Errors)
{
    public bool Succeeded => Photo is not null;

    public static PhotoUploadResult Refused(IReadOnlyList<PhotoError> errors) => new(null, errors);
}

/// <summary>The photo with its new details, or why they were not saved; neither for an unknown photo.</summary>
public sealed record PhotoUpdateResult(Photo? Photo, IReadOnlyList<PhotoError> Errors)
{
    public bool Succeeded => Photo is not null;
    public bool NotFound => Photo is null && Errors.Count == 0;
}

/// <summary>Deleted, unknown, or refused because articles use the photo (<see cref="Message"/> names them).</summary>
public sealed record PhotoDeleteResult(bool Deleted, bool NotFound, string? Message, IReadOnlyList<ArticleUse> Uses);

/// <summary>An article that shows a photo: as its cover, in its body, or both.</summary>
public sealed record ArticleUse(int ArticleId, string Title, string Slug, ArticleStatus Status, bool IsCover);

/// <summary>One photo of the library's list, with the number of articles that use it.</summary>
public sealed record PhotoListItem(Photo Photo, int UseCount);
