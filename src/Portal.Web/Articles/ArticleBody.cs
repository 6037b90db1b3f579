using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Portal.Web.Data;
using Portal.Web.LegalDocuments;
using Portal.Web.Media;

namespace Portal.Web.Articles;

/// <summary>An article body rendered at save time: its HTML, the library photos it shows, or why it cannot be saved.</summary>
public sealed record RenderedBody(string Html, IReadOnlyList<int> PhotoIds, string? Error = null);

/// <summary>
/// Renders an article's Markdown once, at save time, links each <c>[[số ký hiệu]]</c> to its document
/// (<see cref="DocumentLinkResolver"/>; an unknown number refuses the save), and turns each image that points at a library photo,
/// <c>![văn bản thay thế](/anh/123)</c>, into the photo's responsive markup: a figure with its caption and credit
/// when the image stands alone in its paragraph, the picture alone within a line of text.
/// </summary>
/// <remarks>
/// The photos are put in after the Markdown has been sanitised, so the sanitiser's allow-list stays exactly what an
/// editor may write: the only things taken from the editor's HTML are the photo's number and the alternative text,
/// which is decoded and then encoded again with everything else that comes from the library.
/// </remarks>
public sealed partial class ArticleBody(PortalDbContext db, MarkdownRenderer markdown, DocumentLinkResolver documents)
{
    /// <summary>How wide a body photo is drawn: the article's measure, or the screen less the page's margins.</summary>
    public const string Sizes = "(min-width: 56rem) 46rem, calc(100vw - 4rem)";

    /// <summary>What an editor types or pastes to show library photo <paramref name="photo"/> in a body.</summary>
    public static string Snippet(Photo photo) =>
        $"![{MarkdownAlt().Replace(photo.AltText, "\\$0")}](/anh/{photo.Id.ToString(CultureInfo.InvariantCulture)})";

    public async Task<RenderedBody> RenderAsync(string bodyMarkdown, CancellationToken cancellationToken = default)
    {
        var links = await documents.ResolveAsync(markdown.DocumentReferences(bodyMarkdown), cancellationToken);
        var (html, nestingError) = markdown.Render(bodyMarkdown, links.Paths);
        if (nestingError is not null)
        {
            return new RenderedBody("", [], nestingError);
        }
        if (links.Error is not null)
        {
            return new RenderedBody(html, [], links.Error);
        }
        var references = PhotoImage().Matches(html).Select(m => m.Groups["id"].Value).Distinct().ToList();
        if (references.Count == 0)
        {
            return new RenderedBody(html, []);
        }
        var ids = references.Select(r => int.TryParse(r, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : 0).Where(id => id > 0).ToList();
        var photos = await db.Photos.AsNoTracking().Include(p => p.Variants)
            .Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, cancellationToken);
        var missing = references.Where(r => !int.TryParse(r, NumberStyles.None, CultureInfo.InvariantCulture, out var id) || !photos.ContainsKey(id)).ToList();
        if (missing.Count > 0)
        {
            return new RenderedBody(html, [.. photos.Keys],
                $"Thư viện không có ảnh số {string.Join(", ", missing)}. Xin chỉ chèn ảnh có trong thư viện, dạng ![mô tả ảnh](/anh/số-ảnh).");
        }

        Photo PhotoOf(Match m) => photos[int.Parse(m.Groups["id"].Value, CultureInfo.InvariantCulture)];
        html = StandalonePhotoImage().Replace(html, m => Figure(PhotoOf(m), WebUtility.HtmlDecode(m.Groups["alt"].Value)));
        html = PhotoImage().Replace(html, m => InlinePicture(PhotoOf(m), WebUtility.HtmlDecode(m.Groups["alt"].Value)));
        return new RenderedBody(html, [.. photos.Keys]);
    }

    private static string Figure(Photo photo, string alt)
    {
        var figure = new StringBuilder();
        figure.Append("<figure class=\"article-photo\">");
        figure.Append(Picture(photo, alt));
        figure.Append(Caption(photo));
        figure.Append("</figure>");
        return figure.ToString();
    }

    private static string InlinePicture(Photo photo, string alt) => $"<span class=\"article-photo-inline\">{Picture(photo, alt)}</span>";

    /// <summary>The photo's markup, with the editor's own words for this use of it, else the library's.</summary>
    private static string Picture(Photo photo, string alt)
    {
        var described = string.IsNullOrWhiteSpace(alt) ? photo : new Photo
        {
            Id = photo.Id,
            AltText = alt.Trim(),
            Width = photo.Width,
            Height = photo.Height,
            Variants = photo.Variants,
        };
        return ResponsiveImage.Picture(described, Sizes).ToString()!;
    }

    /// <summary>
    /// Renders again the bodies that show a photo whose caption, credit or alternative text has changed (and been
    /// saved), so the stored HTML says what the library says. The caller saves, with the change it records.
    /// </summary>
    public async Task RenderBodiesShowingAsync(int photoId, CancellationToken cancellationToken = default)
    {
        var articles = await db.Articles
            .Where(a => db.ArticlePhotos.Any(u => u.ArticleId == a.Id && u.PhotoId == photoId))
            .ToListAsync(cancellationToken);
        foreach (var article in articles)
        {
            var rendered = await RenderAsync(article.BodyMarkdown, cancellationToken);
            if (rendered.Error is null)
            {
                article.BodyHtml = rendered.Html;
            }
        }
    }

    /// <summary>The caption and "Ảnh: credit" under a photo, HTML-encoded; empty when the photo has neither.</summary>
    public static string Caption(Photo photo)
    {
        if (photo.Caption.Length == 0 && photo.Credit.Length == 0)
        {
            return "";
        }
        var caption = new StringBuilder("<figcaption>");
        if (photo.Caption.Length > 0)
        {
            caption.Append(WebUtility.HtmlEncode(photo.Caption));
        }
        if (photo.Credit.Length > 0)
        {
            caption.Append(photo.Caption.Length > 0 ? " " : "");
            caption.Append("<span class=\"photo-credit\">Ảnh: ").Append(WebUtility.HtmlEncode(photo.Credit)).Append("</span>");
        }
        return caption.Append("</figcaption>").ToString();
    }

    // What the sanitiser writes for a Markdown image of a library photo (its serialiser always writes src, alt,
    // then title, in double quotes), alone in a paragraph or within one.
    [GeneratedRegex("<p><img src=\"/anh/(?<id>[0-9]+)\" alt=\"(?<alt>[^\"]*)\"(?: title=\"[^\"]*\")?></p>")]
    private static partial Regex StandalonePhotoImage();

    [GeneratedRegex("<img src=\"/anh/(?<id>[0-9]+)\" alt=\"(?<alt>[^\"]*)\"(?: title=\"[^\"]*\")?>")]
    private static partial Regex PhotoImage();

    [GeneratedRegex(@"[\\\[\]]")]
    private static partial Regex MarkdownAlt();
}
