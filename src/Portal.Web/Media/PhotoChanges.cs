using System.Globalization;
using Portal.Web.Articles;

namespace Portal.Web.Media;

/// <summary>One of a photo's words that an edit changes: its Vietnamese name, before and after.</summary>
public sealed record PhotoChange(string Field, string Before, string After);

/// <summary>What an edit of a photo's words changes, said for the articles' history and for the audit log.</summary>
public static class PhotoChanges
{
    public static IReadOnlyList<PhotoChange> Between(Photo photo, PhotoDetails after) =>
        new[]
        {
            new PhotoChange("văn bản thay thế", photo.AltText, after.AltText),
            new PhotoChange("chú thích", photo.Caption, after.Caption),
            new PhotoChange("tên tác giả ảnh", photo.Credit, after.Credit),
        }.Where(c => !string.Equals(c.Before, c.After, StringComparison.Ordinal)).ToList();

    /// <summary>The revision's note on each article that shows the photo: which words changed.</summary>
    public static string Note(int photoId, IReadOnlyList<PhotoChange> changes)
    {
        var note = $"Sửa thông tin ảnh số {photoId.ToString(CultureInfo.InvariantCulture)}: {string.Join(", ", changes.Select(c => c.Field))}";
        return note.Length <= ArticleRevision.NoteMaxLength ? note : note[..ArticleRevision.NoteMaxLength];
    }

    /// <summary>The audit entry's details: each word before and after, and the articles that recorded it.</summary>
    public static string Details(IReadOnlyList<PhotoChange> changes, IEnumerable<int> articleIds)
    {
        var words = string.Join("; ", changes.Select(c => $"{c.Field}: “{c.Before}” → “{c.After}”"));
        var articles = string.Join(", ", articleIds.Select(id => $"#{id.ToString(CultureInfo.InvariantCulture)}"));
        return articles.Length == 0 ? words : $"{words}; phiên bản mới của bài {articles}";
    }
}
