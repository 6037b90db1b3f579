using Microsoft.Extensions.DependencyInjection;
using Portal.Tests.Security;
using Portal.Web.Articles;
using Portal.Web.Categories;
using Portal.Web.Data;
using Portal.Web.Editing;
using Portal.Web.Publishing;
using Portal.Web.SiteLinks;

namespace Portal.Tests.Integration.Security;

/// <summary>
/// One payload's article: its summary, author and category's name are <paramref name="Payload"/>, and so are its
/// title and body unless it was re-edited with another payload as <paramref name="Title"/>.
/// </summary>
public sealed record HostileArticle(string Payload, string Title, int Id, string Slug, string CategorySlug);

/// <summary>
/// The portal with every XSS payload stored as an article's title, summary, author and body (published), as a
/// category's name and as a site link's name, plus a few waiting, scheduled and re-edited articles so that the
/// dashboard and history pages show payloads too. An administrator is signed in.
/// </summary>
public sealed class HostileNewsroom : IAsyncLifetime
{
    private readonly AdministratorFixture _administrator = new();

    public PortalFactory Factory => _administrator.Factory;

    public HttpClient Administrator => _administrator.Browser;

    public List<HostileArticle> Articles { get; } = [];

    public List<int> SiteLinkIds { get; } = [];

    public async Task InitializeAsync()
    {
        await _administrator.InitializeAsync();
        await using var scope = Factory.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<PortalDbContext>();
        var articles = services.GetRequiredService<ArticleService>();
        var now = PortalFactory.Now.UtcDateTime;
        // PostgreSQL's text cannot hold a NUL at all (it refuses the write); the other databases keep it.
        var payloads = Factory.Database.Provider == DatabaseProvider.PostgreSQL
            ? XssCorpus.Payloads.Select(p => p.Replace("\0", "", StringComparison.Ordinal)).ToList()
            : XssCorpus.Payloads;
        for (var i = 0; i < payloads.Count; i++)
        {
            var categorySlug = $"xss-{i}";
            var category = await services.GetRequiredService<CategoryService>().CreateAsync(new CategoryFields(payloads[i], categorySlug, 1000 + i), _administrator.Email);
            Assert.IsType<SaveResult<Category>.Saved>(category);
            var categoryId = await Factory.CategoryIdAsync(categorySlug);
            Assert.IsType<SaveResult<SiteLink>.Saved>(await services.GetRequiredService<SiteLinkService>().CreateAsync(new SiteLinkFields(payloads[i], $"https://example.com/lien-ket/{i}"), _administrator.Email));
            var article = await articles.AddAsync(new ArticleDraft(payloads[i], payloads[i], payloads[i], payloads[i], categoryId, PublicationStatus.Published, now.AddMinutes(-1 - i)));
            await db.SaveChangesAsync();
            Articles.Add(new HostileArticle(payloads[i], payloads[i], article.Id, article.Slug, categorySlug));
        }
        // For the dashboard: some waiting for approval, some scheduled; for the history: some edited twice.
        for (var i = 0; i < 5; i++)
        {
            await articles.AddAsync(new ArticleDraft(payloads[i], payloads[i], payloads[i], payloads[i], 1, PublicationStatus.Submitted, null));
            await db.SaveChangesAsync();
            await articles.AddAsync(new ArticleDraft(payloads[^(i + 1)], payloads[i], payloads[i], payloads[i], 1, PublicationStatus.Published, now.AddDays(1 + i)));
            await db.SaveChangesAsync();
        }
        for (var i = 0; i < 5; i++)
        {
            var edited = Articles[i];
            var current = await Factory.ArticleAsync(edited.Id);
            var content = ArticleContent.Of(current) with { Title = payloads[^(i + 1)], BodyMarkdown = payloads[^(i + 1)] + "\n\n" + current.BodyMarkdown };
            var saved = await articles.SaveAsync(edited.Id, content, current.Version, submit: false, new NewsroomUser(payloads[i], CanPublish: true));
            Assert.IsType<SaveResult<Article>.Saved>(saved);
            Articles[i] = edited with { Title = payloads[^(i + 1)], Slug = (await Factory.ArticleAsync(edited.Id)).Slug };
        }
        SiteLinkIds.AddRange(await Factory.WithDbAsync(db => Task.FromResult(db.SiteLinks.Select(l => l.Id).ToList())));
    }

    public Task DisposeAsync() => _administrator.DisposeAsync();

    /// <summary>Text as a browser reads it back, whichever way it was written: CR as LF, NUL as U+FFFD.</summary>
    public static string AsParsed(string text) => XssCorpus.AsParsed(text);
}
