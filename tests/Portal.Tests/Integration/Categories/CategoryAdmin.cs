using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Web.Articles;
using Portal.Web.Categories;
using Portal.Web.Data;
using Portal.Web.Publishing;

namespace Portal.Tests.Integration;

/// <summary>The administrator's category pages, used as a browser uses them.</summary>
public static partial class CategoryAdmin
{
    public const string ListUrl = "/admin/categories";
    public const string AddUrl = "/admin/categories/edit";

    public static string EditUrl(int id) => $"/admin/categories/edit/{id}";

    public static string DeleteUrl(int id) => $"/admin/categories/delete/{id}";

    public static Dictionary<string, string> Form(string name, string slug = "", string order = "50") =>
        new() { ["Input.Name"] = name, ["Input.Slug"] = slug, ["Input.SortOrder"] = order };

    public static async Task<Category> AddCategoryAsync(this AdministratorFixture admin, string name, string slug = "")
    {
        var response = await admin.Browser.SubmitFormAsync(AddUrl, Form(name, slug));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return await admin.Factory.WithDbAsync(db => db.Categories.SingleAsync(c => c.Name == name));
    }

    /// <summary>Published articles in the category, visible to citizens now.</summary>
    public static async Task<List<Article>> AddArticlesAsync(this AdministratorFixture admin, int categoryId, int count)
    {
        await using var scope = admin.Factory.Services.CreateAsyncScope();
        var writer = scope.ServiceProvider.GetRequiredService<ArticleService>();
        var articles = new List<Article>();
        for (var i = 1; i <= count; i++)
        {
            articles.Add(await writer.AddAsync(new ArticleDraft(
                $"Bài thử {AdministratorFixture.UniqueTag()} số {i}", "Tóm tắt.", "Nội dung.", "Phóng viên", categoryId,
                PublicationStatus.Published, PortalFactory.Now.UtcDateTime.AddHours(-1))));
        }
        await scope.ServiceProvider.GetRequiredService<PortalDbContext>().SaveChangesAsync();
        return articles;
    }

    /// <summary>The public navigation's categories, in order, as (slug, name).</summary>
    public static async Task<List<(string Slug, string Name)>> PublicNavigationAsync(this AdministratorFixture admin)
    {
        var nav = Navigation().Match(await admin.PublicPageAsync("/"));
        Assert.True(nav.Success, "The home page has no category navigation.");
        return NavigationLink().Matches(nav.Value)
            .Select(m => (WebUtility.HtmlDecode(m.Groups[1].Value), WebUtility.HtmlDecode(m.Groups[2].Value)))
            .ToList();
    }

    [GeneratedRegex("<nav id=\"category-nav\" class=\"category-nav\".*?</nav>", RegexOptions.Singleline)]
    private static partial Regex Navigation();

    [GeneratedRegex("<a href=\"/chuyen-muc/([^\"]+)\"[^>]*>([^<]*)</a>")]
    private static partial Regex NavigationLink();
}
