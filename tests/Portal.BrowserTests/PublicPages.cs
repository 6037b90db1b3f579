using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Web.Articles.Tags;
using Portal.Web.Data;
using Portal.Web.Feeds;
using Portal.Web.Publishing;
using Portal.Web.Questions;

namespace Portal.BrowserTests;

/// <summary>A public page of the sweep: its name (for screenshots and messages), its address, and whether it is read in English through the language cookie.</summary>
public sealed record PublicPage(string Name, string Path, bool EnglishByCookie = false);

/// <summary>
/// Every kind of public page, with a seeded item of each kind where the page shows one: the list the accessibility
/// sweep walks (<see cref="EveryPublicPageIsAccessible"/>). A new page is one line in <see cref="All"/>.
/// </summary>
public sealed record PublicPages(string Tag, IReadOnlyList<string> InfoPages, IReadOnlyList<string> Consultations, string Question, string Document)
{
    public const string ArticlePath = "/bai-viet/25/hoi-nghi-truc-tuyen-tong-ket-cong-tac-dan-van-toan-quoc-nam-2018";

    public IReadOnlyList<PublicPage> All =>
    [
        new("home", PublicUrls.HomePath),
        new("category", PublicUrls.CategoryPath("hoat-dong-so-ban-nganh")),
        new("article", ArticlePath),
        new("article-print", ArticlePath + "/ban-in"),
        new("search", PublicUrls.SearchPath("dân vận")),
        new("search-nothing", PublicUrls.SearchPath("khongcotunaynhe")),
        new("tag", PublicUrls.TagPath(Tag)),
        .. InfoPages.Select(slug => new PublicPage("info-" + slug, PublicUrls.InfoPagePath(slug))),
        new("documents", PublicUrls.LegalDocumentsRoute),
        new("documents-filtered", "/van-ban?q=gi%C3%A1+%C4%91%E1%BA%A5t&hieu-luc=con-hieu-luc"),
        new("documents-refused", "/van-ban?nam=99999&tu=32/13/2024"),
        new("document", Document),
        new("document-print", Document + "/ban-in"),
        new("consultations", PublicUrls.ConsultationsRoute),
        .. Consultations.Select((path, i) => new PublicPage($"consultation-{i + 1}", path)),
        new("questions", PublicUrls.QuestionsRoute),
        new("question", Question),
        new("ask-question", PublicUrls.AskQuestionRoute),
        new("schedule", PublicUrls.ScheduleRoute),
        new("schedule-print", PublicUrls.SchedulePrintRoute),
        new("directory", PublicUrls.DirectoryRoute),
        new("directory-search", PublicUrls.DirectoryRoute + "?q=giam+doc+so"),
        new("agency", PublicUrls.AgencyPath("uy-ban-nhan-dan-tinh")),
        new("directory-en", PublicUrls.DirectoryEnglishRoute),
        new("agency-en-fallback", PublicUrls.AgencyPath("phong-to-chuc-bien-che", english: true)),
        new("english-home", PublicUrls.EnglishHomeRoute),
        new("accessibility", PublicUrls.AccessibilityRoute),
        new("accessibility-en", PublicUrls.AccessibilityEnglishRoute),
        new("home-en", PublicUrls.HomePath, EnglishByCookie: true),
        new("article-en", ArticlePath, EnglishByCookie: true),
        new("not-found", "/khong-co-trang-nay"),
        new("not-found-en", "/khong-co-trang-nay", EnglishByCookie: true),
    ];

    /// <summary>The seeded items the pages show; a tag on the newest article when the seeds have none.</summary>
    public static async Task<PublicPages> SeededAsync(PortalServer server)
    {
        await using var scope = server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var tag = await db.Tags.OrderBy(t => t.Id).Select(t => t.Slug).FirstOrDefaultAsync() ?? await AddTagAsync(db);
        var now = DateTime.UtcNow;
        var question = await db.Questions.AsNoTracking().Where(QuestionVisibility.VisibleAt(now)).OrderBy(q => q.Id).Select(q => new { q.Id, q.Slug }).FirstAsync();
        return new PublicPages(
            tag,
            await db.InfoPages.OrderBy(p => p.Id).Select(p => p.Slug).ToListAsync(),
            (await db.Consultations.AsNoTracking().OrderBy(c => c.ClosesAt).Select(c => new { c.Id, c.Slug }).ToListAsync())
                .Select(c => PublicUrls.ConsultationPath(c.Id, c.Slug)).ToList(),
            PublicUrls.QuestionPath(question.Id, question.Slug),
            server.DocumentPath);
    }

    private static async Task<string> AddTagAsync(PortalDbContext db)
    {
        var article = await db.Articles.Where(a => a.Status == PublicationStatus.Published && a.Id != PortalServer.PhotoArticleId)
            .OrderByDescending(a => a.PublishedAt).Select(a => a.Id).FirstAsync();
        var tag = new Tag { Name = "Chuyển đổi số", NameKey = TagList.Key("Chuyển đổi số"), Slug = "chuyen-doi-so" };
        db.Tags.Add(tag);
        await db.SaveChangesAsync();
        db.ArticleTags.Add(new ArticleTag { ArticleId = article, TagId = tag.Id });
        await db.SaveChangesAsync();
        return tag.Slug;
    }
}
