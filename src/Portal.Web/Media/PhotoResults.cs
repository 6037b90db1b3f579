using Portal.Web.Publishing;

namespace Portal.Web.Media;

/// <summary>What an editor typed about a photo.</summary>
public sealed record PhotoDetails(string AltText, string Caption, string Credit);

/// <summary>The field a refusal (<c>SaveResult&lt;Photo&gt;.Invalid</c>) is about: <see cref="File"/> or one of <see cref="PhotoDetails"/>' names.</summary>
public static class PhotoFields
{
    /// <summary>The form as a whole, not one field.</summary>
    public const string Form = "";
    public const string File = "File";
    public const string AltText = nameof(PhotoDetails.AltText);
    public const string Caption = nameof(PhotoDetails.Caption);
    public const string Credit = nameof(PhotoDetails.Credit);
}

/// <summary>An article that shows a photo: as its cover, in its body, or both.</summary>
public sealed record ArticleUse(int ArticleId, string Title, string Slug, PublicationStatus Status, bool IsCover);

/// <summary>One photo of the library's list, with the number of articles that use it.</summary>
public sealed record PhotoListItem(Photo Photo, int UseCount);
