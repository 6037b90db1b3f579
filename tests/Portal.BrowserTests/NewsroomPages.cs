using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Web.Accounts;
using Portal.Web.Data;

namespace Portal.BrowserTests;

/// <summary>
/// Every page of the newsroom (Areas/Admin/Pages), with a seeded item of each kind where the page shows one: the list
/// the accessibility sweep walks. A new page is one line in <see cref="All"/>.
/// </summary>
public sealed record NewsroomPages(int Article, int Category, int Consultation, int Document, int InfoPage, int Photo, int Question, int SiteLink, string User)
{
    /// <summary>The pages open without signing in.</summary>
    public static readonly IReadOnlyList<string> Anonymous = ["/admin/account/login", "/admin/account/forgot", "/admin/account/reset?id=x&token=y"];

    public IReadOnlyList<string> All =>
    [
        "/admin",
        "/admin/account/password",
        "/admin/articles", "/admin/articles/edit", $"/admin/articles/edit/{Article}", $"/admin/articles/history/{Article}",
        $"/admin/articles/review/{Article}", $"/admin/articles/delete/{Article}", "/admin/featured",
        "/admin/legaldocuments", "/admin/legaldocuments/edit", $"/admin/legaldocuments/edit/{Document}", $"/admin/legaldocuments/history/{Document}",
        $"/admin/legaldocuments/review/{Document}", $"/admin/legaldocuments/delete/{Document}",
        "/admin/consultations", "/admin/consultations/edit", $"/admin/consultations/edit/{Consultation}", $"/admin/consultations/review/{Consultation}",
        $"/admin/consultations/comments/{Consultation}", $"/admin/consultations/summary/{Consultation}", $"/admin/consultations/delete/{Consultation}",
        "/admin/questions", $"/admin/questions/question/{Question}", $"/admin/questions/review/{Question}",
        "/admin/schedule", "/admin/schedule/edit", "/admin/schedule/edit/1",
        "/admin/media", "/admin/media/upload", $"/admin/media/edit/{Photo}", $"/admin/media/delete/{Photo}",
        "/admin/mail",
        "/admin/categories", "/admin/categories/edit", $"/admin/categories/edit/{Category}", $"/admin/categories/delete/{Category}",
        "/admin/documentlists/types", "/admin/documentlists/issuers", "/admin/documentlists/fields",
        "/admin/directory", "/admin/directory/edit", "/admin/directory/edit/1", "/admin/directory/officials/1", "/admin/directory/official?agencyId=1", "/admin/directory/official/1",
        "/admin/sitelinks", "/admin/sitelinks/edit", $"/admin/sitelinks/edit/{SiteLink}", $"/admin/sitelinks/delete/{SiteLink}",
        "/admin/infopages", $"/admin/infopages/edit/{InfoPage}",
        "/admin/site",
        "/admin/users", "/admin/users/create", $"/admin/users/edit/{User}",
        "/admin/personaldata",
        "/admin/audit",
    ];

    /// <summary>The first item of each kind in the suite's database, and an administrator's id.</summary>
    public static async Task<NewsroomPages> SeededAsync(IServiceProvider services, string administratorEmail)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        return new NewsroomPages(
            PortalServer.PhotoArticleId,
            await db.Categories.OrderBy(c => c.Id).Select(c => c.Id).FirstAsync(),
            await db.Consultations.OrderBy(c => c.Id).Select(c => c.Id).FirstAsync(),
            await db.LegalDocuments.OrderBy(d => d.Id).Select(d => d.Id).FirstAsync(),
            await db.InfoPages.OrderBy(p => p.Id).Select(p => p.Id).FirstAsync(),
            await db.Photos.OrderBy(p => p.Id).Select(p => p.Id).FirstAsync(),
            await db.Questions.OrderBy(q => q.Id).Select(q => q.Id).FirstAsync(),
            await db.SiteLinks.OrderBy(l => l.Id).Select(l => l.Id).FirstAsync(),
            await db.Users.Where(u => u.Email == administratorEmail).Select(u => u.Id).SingleAsync());
    }

    /// <summary>A new administrator, signed in on a new page of that width.</summary>
    public static Task<(WatchedPage Page, string Email)> SignedInAdministratorAsync(PortalServer server, int width) =>
        server.SignedInAsync(Roles.Administrator, width, "Nguyễn Thị Quản Trị");
}
