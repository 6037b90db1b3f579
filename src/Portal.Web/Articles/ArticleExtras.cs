using Portal.Web.Articles.Attachments;
using Portal.Web.Articles.Tags;

namespace Portal.Web.Articles;

/// <summary>What an article's save does beside its fields: its tags and its attached files, checked, then applied.</summary>
public sealed class ArticleExtras(ArticleTagging tagging, ArticleAttachments attachments)
{
    /// <summary>The tags to keep (null: keep the article's), messages added to <paramref name="errors"/> by field.</summary>
    public async Task<IReadOnlyList<string>?> CheckAsync(int? articleId, ArticleContent content, Dictionary<string, string> errors, CancellationToken ct)
    {
        IReadOnlyList<string>? tags = null;
        if (content.Tags is not null)
        {
            tags = TagList.Parse(content.Tags, out var tagError);
            if (tagError is not null)
            {
                errors[nameof(content.Tags)] = tagError;
            }
        }
        if (content.AttachmentIds is { } ids && await attachments.RefusalAsync(articleId, ids, ct) is { } refusal)
        {
            errors[ArticleAttachments.Field] = refusal;
        }
        return tags;
    }

    /// <summary>Adds the new tags before the article's transaction, so a race for one new tag costs a retry, not the save.</summary>
    public Task AddMissingTagsAsync(IReadOnlyList<string>? tags, CancellationToken ct) =>
        tags is null ? Task.CompletedTask : tagging.AddMissingAsync(tags, ct);

    /// <summary>Applies both to the saved article (it has its id); what the revision's note adds, e.g. " (thêm 1 tệp)". The caller saves.</summary>
    public async Task<string> ApplyAsync(Article article, IReadOnlyList<string>? tags, IReadOnlyList<int>? attachmentIds, CancellationToken ct)
    {
        if (tags is not null)
        {
            await tagging.SetAsync(article, tags, ct);
        }
        if (attachmentIds is null)
        {
            return "";
        }
        var (added, removed) = await attachments.ApplyAsync(article, attachmentIds, ct);
        var changes = new List<string>();
        if (added > 0)
        {
            changes.Add($"thêm {added} tệp đính kèm");
        }
        if (removed > 0)
        {
            changes.Add($"gỡ {removed} tệp đính kèm");
        }
        return changes.Count == 0 ? "" : $" ({string.Join(", ", changes)})";
    }
}
