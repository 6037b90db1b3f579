namespace Portal.Web.Articles;

/// <summary>
/// What an editor writes: the fields a revision keeps and a conflict compares, and the cover photo and attachments
/// (which a revision does not keep: restoring one keeps the article's current cover and files).
/// </summary>
public sealed record ArticleContent(string Title, string Slug, int CategoryId, string Summary, string Author, string BodyMarkdown)
{
    public int? CoverPhotoId { get; init; }

    /// <summary>The tags as typed, comma-separated; null keeps the article's tags.</summary>
    public string? Tags { get; init; }

    /// <summary>The attachments' ids in their order; null keeps the article's attachments.</summary>
    public IReadOnlyList<int>? AttachmentIds { get; init; }

    public static ArticleContent Of(Article article) =>
        new(article.Title, article.Slug, article.CategoryId, article.Summary, article.Author, article.BodyMarkdown) { CoverPhotoId = article.CoverPhotoId, Tags = article.Tags };

    public static ArticleContent Of(ArticleRevision revision) =>
        new(revision.Title, revision.Slug, revision.CategoryId, revision.Summary, revision.Author, revision.BodyMarkdown) { Tags = revision.Tags };
}

/// <summary>Who acts in the newsroom, and whether they may touch what is published.</summary>
public sealed record NewsroomUser(string Name, bool CanPublish);

/// <summary>One field that differs between two versions of an article, line by line.</summary>
public sealed record FieldChange(string Field, IReadOnlyList<DiffLine> Lines);

public static class ArticleChanges
{
    /// <summary>The fields that differ, with Vietnamese names; category ids are shown by name.</summary>
    public static IReadOnlyList<FieldChange> Between(ArticleContent before, ArticleContent after, IReadOnlyDictionary<int, string> categoryNames)
    {
        string Category(int id) => categoryNames.TryGetValue(id, out var name) ? name : $"#{id}";
        var fields = new (string Name, string Before, string After)[]
        {
            ("Tiêu đề", before.Title, after.Title),
            ("Đường dẫn", before.Slug, after.Slug),
            ("Chuyên mục", Category(before.CategoryId), Category(after.CategoryId)),
            ("Tóm tắt", before.Summary, after.Summary),
            ("Tác giả", before.Author, after.Author),
            ("Thẻ", before.Tags ?? "", after.Tags ?? ""),
            ("Nội dung", before.BodyMarkdown, after.BodyMarkdown),
        };
        return fields.Where(f => f.Before != f.After).Select(f => new FieldChange(f.Name, TextDiff.Lines(f.Before, f.After))).ToList();
    }
}
