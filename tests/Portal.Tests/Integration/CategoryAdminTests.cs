using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Web.Articles;
using Portal.Web.Auditing;
using Portal.Web.Categories;
using Portal.Web.Data;

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
                ArticleStatus.Published, PortalFactory.Now.UtcDateTime.AddHours(-1))));
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

public sealed class AddingACategory(AdministratorFixture admin) : IClassFixture<AdministratorFixture>
{
    [Fact]
    public async Task TheFormProposesTheNextPlaceInTheOrder()
    {
        var next = await admin.Factory.WithDbAsync(db => db.Categories.MaxAsync(c => c.SortOrder)) + 1;

        var html = await admin.AdminPageAsync(CategoryAdmin.AddUrl);

        Assert.Contains("<h1>Thêm chuyên mục</h1>", html);
        Assert.Equal(next.ToString(CultureInfo.InvariantCulture), AdministratorFixture.InputValue(html, "Input.SortOrder"));
    }

    [Fact]
    public async Task ANewCategoryIsListedAndAppearsInThePublicNavigation()
    {
        var tag = AdministratorFixture.UniqueTag();
        var name = $"Quốc phòng - An ninh {tag}";
        var slug = $"quoc-phong-an-ninh-{tag}";

        var response = await admin.Browser.SubmitFormAsync(CategoryAdmin.AddUrl, CategoryAdmin.Form(name, slug, "60"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(CategoryAdmin.ListUrl, response.Headers.Location!.OriginalString);
        var list = Html.Text(await admin.AdminPageAsync(CategoryAdmin.ListUrl));
        Assert.Contains($"Đã thêm chuyên mục “{name}”.", list);
        Assert.Contains($"{name} {slug} 0", list);
        Assert.Contains((slug, name), await admin.PublicNavigationAsync());
        Assert.Contains($"<h1 class=\"section-title\">{name}</h1>", await admin.PublicPageAsync($"/chuyen-muc/{slug}"));
    }

    [Fact]
    public async Task ASlugLeftEmptyIsMadeFromTheName()
    {
        var tag = AdministratorFixture.UniqueTag();

        var category = await admin.AddCategoryAsync($"Đối ngoại – Hợp tác Quốc tế {tag}");

        Assert.Equal($"doi-ngoai-hop-tac-quoc-te-{tag}", category.Slug);
    }

    [Fact]
    public async Task ANameTypedInDecomposedFormIsStoredInNfc()
    {
        var tag = AdministratorFixture.UniqueTag();
        var typed = $"Hội nghị Đảng ủy {tag}".Normalize(NormalizationForm.FormD);

        var response = await admin.Browser.SubmitFormAsync(CategoryAdmin.AddUrl, CategoryAdmin.Form(typed));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var stored = await admin.Factory.WithDbAsync(db => db.Categories.SingleAsync(c => c.Slug == $"hoi-nghi-dang-uy-{tag}"));
        Assert.Equal($"Hội nghị Đảng ủy {tag}".Normalize(NormalizationForm.FormC), stored.Name);
        Assert.True(stored.Name.IsNormalized(NormalizationForm.FormC));
    }

    [Fact]
    public async Task TheAdditionIsRecordedInTheAuditLogUnderTheAdministratorsName()
    {
        var name = $"Nông nghiệp {AdministratorFixture.UniqueTag()}";

        var category = await admin.AddCategoryAsync(name);

        var entry = Assert.Single(await admin.AuditEntriesAsync(AuditActions.CategoryChanged, name));
        Assert.Equal(admin.Email, entry.UserName);
        Assert.Contains(category.Slug, entry.Details);
        Assert.Equal(PortalFactory.Now.UtcDateTime, entry.At);
    }
}

public sealed class EditingACategory(AdministratorFixture admin) : IClassFixture<AdministratorFixture>
{
    [Fact]
    public async Task TheFormShowsTheCategorysCurrentValues()
    {
        var category = await admin.AddCategoryAsync($"Giáo dục {AdministratorFixture.UniqueTag()}");

        var html = await admin.AdminPageAsync(CategoryAdmin.EditUrl(category.Id));

        Assert.Contains("<h1>Sửa chuyên mục</h1>", html);
        Assert.Equal(category.Name, AdministratorFixture.InputValue(html, "Input.Name"));
        Assert.Equal(category.Slug, AdministratorFixture.InputValue(html, "Input.Slug"));
        Assert.Equal("50", AdministratorFixture.InputValue(html, "Input.SortOrder"));
    }

    [Fact]
    public async Task ANewNameAndSlugReachThePublicSiteAndTheOldAddressIsGone()
    {
        var tag = AdministratorFixture.UniqueTag();
        var category = await admin.AddCategoryAsync($"Y tế {tag}");
        var newName = $"Y tế - Sức khỏe {tag}";
        var newSlug = $"y-te-suc-khoe-{tag}";

        var response = await admin.Browser.SubmitFormAsync(CategoryAdmin.EditUrl(category.Id), CategoryAdmin.Form(newName, newSlug, "40"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains($"Đã lưu chuyên mục “{newName}”.", Html.Text(await admin.AdminPageAsync(CategoryAdmin.ListUrl)));
        var navigation = await admin.PublicNavigationAsync();
        Assert.Contains((newSlug, newName), navigation);
        Assert.DoesNotContain(navigation, link => link.Slug == category.Slug || link.Name == category.Name);
        Assert.Contains($"<h1 class=\"section-title\">{newName}</h1>", await admin.PublicPageAsync($"/chuyen-muc/{newSlug}"));
        using var citizen = admin.Factory.CreateBrowser();
        Assert.Equal(HttpStatusCode.NotFound, (await citizen.GetAsync($"/chuyen-muc/{category.Slug}")).StatusCode);
    }

    [Fact]
    public async Task KeepingItsOwnSlugIsNotTakenForADuplicate()
    {
        var category = await admin.AddCategoryAsync($"Du lịch {AdministratorFixture.UniqueTag()}");

        var response = await admin.Browser.SubmitFormAsync(CategoryAdmin.EditUrl(category.Id), CategoryAdmin.Form(category.Name + " biển", category.Slug));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var stored = await admin.Factory.WithDbAsync(db => db.Categories.SingleAsync(c => c.Id == category.Id));
        Assert.Equal((category.Name + " biển", category.Slug), (stored.Name, stored.Slug));
    }

    [Fact]
    public async Task TheChangeIsRecordedInTheAuditLogWithTheOldAndNewValues()
    {
        var tag = AdministratorFixture.UniqueTag();
        var category = await admin.AddCategoryAsync($"Thể thao {tag}");
        var newName = $"Thể dục - Thể thao {tag}";

        await admin.Browser.SubmitFormAsync(CategoryAdmin.EditUrl(category.Id), CategoryAdmin.Form(newName, category.Slug, "7"));

        var entry = Assert.Single(await admin.AuditEntriesAsync(AuditActions.CategoryChanged, newName));
        Assert.Equal(admin.Email, entry.UserName);
        Assert.Contains($"tên: {category.Name} → {newName}", entry.Details);
        Assert.Contains("thứ tự: 50 → 7", entry.Details);
        Assert.DoesNotContain("đường dẫn", entry.Details);
    }

    [Fact]
    public async Task TakingAnotherCategorysSlugIsRefusedAndWhatWasTypedIsKept()
    {
        var category = await admin.AddCategoryAsync($"Giao thông {AdministratorFixture.UniqueTag()}");

        var response = await admin.Browser.SubmitFormAsync(CategoryAdmin.EditUrl(category.Id), CategoryAdmin.Form("Tên mới đã gõ", "tin-tuc-su-kien", "12"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Đường dẫn “tin-tuc-su-kien” đã có chuyên mục khác dùng. Xin chọn đường dẫn khác.", Html.Text(html));
        Assert.Equal("Tên mới đã gõ", AdministratorFixture.InputValue(html, "Input.Name"));
        Assert.Equal("tin-tuc-su-kien", AdministratorFixture.InputValue(html, "Input.Slug"));
        Assert.Equal("12", AdministratorFixture.InputValue(html, "Input.SortOrder"));
        var stored = await admin.Factory.WithDbAsync(db => db.Categories.SingleAsync(c => c.Id == category.Id));
        Assert.Equal((category.Name, category.Slug), (stored.Name, stored.Slug));
    }
}

public sealed class ReorderingCategories(AdministratorFixture admin) : IClassFixture<AdministratorFixture>
{
    private Task<List<Category>> InOrderAsync() =>
        admin.Factory.WithDbAsync(db => db.Categories.OrderBy(c => c.SortOrder).ThenBy(c => c.Name).ThenBy(c => c.Id).ToListAsync());

    private static string MoveForm(string handler, int id) => $"action=\"{CategoryAdmin.ListUrl}?id={id}&amp;handler={handler}\"";

    private Task<HttpResponseMessage> MoveAsync(string handler, int id) =>
        admin.Browser.SubmitFormAsync(CategoryAdmin.ListUrl, [], handler, postUrl: $"{CategoryAdmin.ListUrl}?id={id}");

    [Fact]
    public async Task EveryCategoryCanMoveUpExceptTheFirstAndDownExceptTheLast()
    {
        var categories = await InOrderAsync();

        var html = await admin.AdminPageAsync(CategoryAdmin.ListUrl);

        Assert.DoesNotContain(MoveForm("MoveUp", categories[0].Id), html);
        Assert.DoesNotContain(MoveForm("MoveDown", categories[^1].Id), html);
        Assert.All(categories.Skip(1), c => Assert.Contains(MoveForm("MoveUp", c.Id), html));
        Assert.All(categories.SkipLast(1), c => Assert.Contains(MoveForm("MoveDown", c.Id), html));
    }

    [Fact]
    public async Task MovingACategoryDownSwapsItWithTheNextInThePublicNavigation()
    {
        var before = await InOrderAsync();
        var (first, second) = (before[0], before[1]);

        var response = await MoveAsync("MoveDown", first.Id);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains($"Đã chuyển chuyên mục “{first.Name}” xuống.", Html.Text(await admin.AdminPageAsync(CategoryAdmin.ListUrl)));
        var expected = before.Select(c => c.Name).ToList();
        (expected[0], expected[1]) = (second.Name, first.Name);
        Assert.Equal(expected, (await admin.PublicNavigationAsync()).Select(link => link.Name));
    }

    [Fact]
    public async Task MovingACategoryUpSwapsItWithThePreviousInThePublicNavigation()
    {
        var before = await InOrderAsync();
        var (last, previous) = (before[^1], before[^2]);

        var response = await MoveAsync("MoveUp", last.Id);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var expected = before.Select(c => c.Name).ToList();
        (expected[^2], expected[^1]) = (last.Name, previous.Name);
        Assert.Equal(expected, (await admin.PublicNavigationAsync()).Select(link => link.Name));
    }

    [Fact]
    public async Task TheFirstCategoryStaysFirstWhenMovedUp()
    {
        var before = await InOrderAsync();

        var response = await MoveAsync("MoveUp", before[0].Id);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(before.Select(c => c.Id), (await InOrderAsync()).Select(c => c.Id));
    }

    [Fact]
    public async Task CategoriesWithTheSameOrderCanStillBeSwapped()
    {
        var tag = AdministratorFixture.UniqueTag();
        var a = await admin.AddCategoryAsync($"A cùng thứ tự {tag}");
        var b = await admin.AddCategoryAsync($"B cùng thứ tự {tag}");

        await MoveAsync("MoveUp", b.Id);

        var after = (await InOrderAsync()).Select(c => c.Id).ToList();
        Assert.Equal(after.IndexOf(a.Id) - 1, after.IndexOf(b.Id));
    }

    [Fact]
    public async Task AMoveIsRecordedInTheAuditLog()
    {
        var before = await InOrderAsync();

        await MoveAsync("MoveDown", before[1].Id);

        var entry = (await admin.AuditEntriesAsync(AuditActions.CategoryChanged, before[1].Name))[^1];
        Assert.Equal(admin.Email, entry.UserName);
        Assert.Equal($"Chuyển xuống dưới {before[2].Name}", entry.Details);
    }
}

public sealed class DeletingAnEmptyCategory(AdministratorFixture admin) : IClassFixture<AdministratorFixture>
{
    [Fact]
    public async Task TheConfirmationPageNamesTheCategoryAndOffersNoMove()
    {
        var category = await admin.AddCategoryAsync($"Lưu trữ {AdministratorFixture.UniqueTag()}");

        var html = await admin.AdminPageAsync(CategoryAdmin.DeleteUrl(category.Id));

        var text = Html.Text(html);
        Assert.Contains($"Xóa chuyên mục “{category.Name}”", text);
        Assert.Contains("không có bài viết nào", text);
        Assert.DoesNotContain("<select", html);
    }

    [Fact]
    public async Task AfterConfirmationItIsGoneFromTheListAndThePublicSite()
    {
        var category = await admin.AddCategoryAsync($"Tạm thời {AdministratorFixture.UniqueTag()}");

        var response = await admin.Browser.SubmitFormAsync(CategoryAdmin.DeleteUrl(category.Id), []);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(CategoryAdmin.ListUrl, response.Headers.Location!.OriginalString);
        var list = Html.Text(await admin.AdminPageAsync(CategoryAdmin.ListUrl));
        Assert.Contains($"Đã xóa chuyên mục “{category.Name}”.", list);
        Assert.False(await admin.Factory.WithDbAsync(db => db.Categories.AnyAsync(c => c.Id == category.Id)));
        Assert.DoesNotContain(await admin.PublicNavigationAsync(), link => link.Slug == category.Slug);
        using var citizen = admin.Factory.CreateBrowser();
        Assert.Equal(HttpStatusCode.NotFound, (await citizen.GetAsync($"/chuyen-muc/{category.Slug}")).StatusCode);
    }

    [Fact]
    public async Task TheDeletionIsRecordedInTheAuditLog()
    {
        var category = await admin.AddCategoryAsync($"Bỏ đi {AdministratorFixture.UniqueTag()}");

        await admin.Browser.SubmitFormAsync(CategoryAdmin.DeleteUrl(category.Id), []);

        var entry = Assert.Single(await admin.AuditEntriesAsync(AuditActions.CategoryDeleted, category.Name));
        Assert.Equal(admin.Email, entry.UserName);
        Assert.Contains(category.Slug, entry.Details);
    }
}

public sealed partial class DeletingACategoryWithArticles(AdministratorFixture admin) : IClassFixture<AdministratorFixture>
{
    private static Dictionary<string, string> MoveTo(string target) => new() { ["Input.MoveArticlesTo"] = target };

    [Fact]
    public async Task ThePageSaysHowManyArticlesItHasAndOffersEveryOtherCategory()
    {
        var category = await admin.AddCategoryAsync($"Có bài {AdministratorFixture.UniqueTag()}");
        await admin.AddArticlesAsync(category.Id, 3);

        var html = await admin.AdminPageAsync(CategoryAdmin.DeleteUrl(category.Id));

        Assert.Contains("Chuyên mục này còn 3 bài viết.", Html.Text(html));
        var offered = OptionValue().Matches(html).Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).Order();
        var others = await admin.Factory.WithDbAsync(db => db.Categories.Where(c => c.Id != category.Id).Select(c => c.Id).ToListAsync());
        Assert.Equal(others.Order(), offered);
        Assert.Contains("Chuyển 3 bài viết và xóa chuyên mục", Html.Text(html));
    }

    [Fact]
    public async Task WithoutAChoiceOfWhereTheArticlesGoItIsNotDeleted()
    {
        var category = await admin.AddCategoryAsync($"Chưa chọn {AdministratorFixture.UniqueTag()}");
        await admin.AddArticlesAsync(category.Id, 2);

        var response = await admin.Browser.SubmitFormAsync(CategoryAdmin.DeleteUrl(category.Id), MoveTo(""));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = Html.Text(await response.Content.ReadAsStringAsync());
        Assert.Contains("Chưa xóa được: Chuyên mục còn bài viết. Xin chọn chuyên mục để chuyển các bài viết sang trước khi xóa.", text);
        Assert.Contains("Chuyên mục này còn 2 bài viết.", text);
        Assert.True(await admin.Factory.WithDbAsync(db => db.Categories.AnyAsync(c => c.Id == category.Id)));
        Assert.Empty(await admin.AuditEntriesAsync(AuditActions.CategoryDeleted, category.Name));
    }

    [Theory]
    [InlineData("itself", "Không thể chuyển bài viết sang chính chuyên mục đang xóa. Xin chọn chuyên mục khác.")]
    [InlineData("999999", "Chuyên mục được chọn không tồn tại. Xin chọn chuyên mục khác.")]
    [InlineData("-1", "Chuyên mục được chọn không tồn tại. Xin chọn chuyên mục khác.")]
    [InlineData("abc", "Giá trị 'abc' không hợp lệ cho Chuyển các bài viết sang chuyên mục.")]
    [InlineData("99999999999999", "Giá trị '99999999999999' không hợp lệ cho Chuyển các bài viết sang chuyên mục.")]
    public async Task AMoveToItselfOrToACategoryThatDoesNotExistIsRefused(string target, string message)
    {
        var category = await admin.AddCategoryAsync($"Sai đích {AdministratorFixture.UniqueTag()}");
        var articles = await admin.AddArticlesAsync(category.Id, 2);

        var response = await admin.Browser.SubmitFormAsync(
            CategoryAdmin.DeleteUrl(category.Id), MoveTo(target == "itself" ? category.Id.ToString(CultureInfo.InvariantCulture) : target));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, Html.Text(await response.Content.ReadAsStringAsync()));
        Assert.True(await admin.Factory.WithDbAsync(db => db.Categories.AnyAsync(c => c.Id == category.Id)));
        var ids = articles.Select(a => a.Id).ToList();
        Assert.Equal(2, await admin.Factory.WithDbAsync(db => db.Articles.CountAsync(a => ids.Contains(a.Id) && a.CategoryId == category.Id)));
    }

    [Fact]
    public async Task TheArticlesMoveToTheChosenCategoryAndThenItIsDeleted()
    {
        var tag = AdministratorFixture.UniqueTag();
        var category = await admin.AddCategoryAsync($"Sáp nhập {tag}");
        var target = await admin.AddCategoryAsync($"Nhận bài {tag}");
        var articles = await admin.AddArticlesAsync(category.Id, 3);

        var response = await admin.Browser.SubmitFormAsync(CategoryAdmin.DeleteUrl(category.Id), MoveTo(target.Id.ToString(CultureInfo.InvariantCulture)));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains($"Đã chuyển 3 bài viết sang chuyên mục “{target.Name}” và xóa chuyên mục “{category.Name}”.",
            Html.Text(await admin.AdminPageAsync(CategoryAdmin.ListUrl)));
        Assert.False(await admin.Factory.WithDbAsync(db => db.Categories.AnyAsync(c => c.Id == category.Id)));
        var ids = articles.Select(a => a.Id).ToList();
        var moved = await admin.Factory.WithDbAsync(db => db.Articles.Where(a => ids.Contains(a.Id)).ToListAsync());
        Assert.All(moved, a => Assert.Equal(target.Id, a.CategoryId));
        Assert.All(moved, a => Assert.NotEqual(articles.Single(o => o.Id == a.Id).Version, a.Version));
        // Citizens find them under their new category.
        var targetPage = Html.Text(await admin.PublicPageAsync($"/chuyen-muc/{target.Slug}"));
        Assert.All(articles, a => Assert.Contains(a.Title, targetPage));
        Assert.Contains(target.Name, Html.Text(await admin.PublicPageAsync($"/bai-viet/{articles[0].Id}/{articles[0].Slug}")));
    }

    [Fact]
    public async Task TheMoveAndTheDeletionAreRecordedInTheAuditLog()
    {
        var tag = AdministratorFixture.UniqueTag();
        var category = await admin.AddCategoryAsync($"Ghi nhật ký {tag}");
        var target = await admin.AddCategoryAsync($"Đích nhật ký {tag}");
        await admin.AddArticlesAsync(category.Id, 4);

        await admin.Browser.SubmitFormAsync(CategoryAdmin.DeleteUrl(category.Id), MoveTo(target.Id.ToString(CultureInfo.InvariantCulture)));

        var changes = await admin.AuditEntriesAsync(AuditActions.CategoryChanged, category.Name);
        Assert.Equal($"Chuyển 4 bài viết sang chuyên mục {target.Name}", changes[^1].Details);
        var deletion = Assert.Single(await admin.AuditEntriesAsync(AuditActions.CategoryDeleted, category.Name));
        Assert.Equal(admin.Email, deletion.UserName);
    }

    [GeneratedRegex("<option value=\"([0-9]+)\"")]
    private static partial Regex OptionValue();
}

public sealed class RefusingBadCategoryInput(AdministratorFixture admin) : IClassFixture<AdministratorFixture>
{
    private const string SlugRule = "Đường dẫn chỉ gồm chữ thường không dấu (a–z), chữ số và dấu gạch ngang giữa các từ, ví dụ: tin-tuc-su-kien.";

    public static TheoryData<string, string, string, string> BadInput => new()
    {
        { "", "", "1", "Xin nhập tên chuyên mục." },
        { "   ", "chuyen-muc-trong", "1", "Xin nhập tên chuyên mục." },
        { new string('Ơ', 300), "", "1", "Tên chuyên mục tối đa 200 ký tự." },
        { "Tin tức - Sự kiện", "", "1", "Đường dẫn “tin-tuc-su-kien” đã có chuyên mục khác dùng. Xin chọn đường dẫn khác." },
        { "Tin mới", "tin-tuc-su-kien", "1", "Đường dẫn “tin-tuc-su-kien” đã có chuyên mục khác dùng. Xin chọn đường dẫn khác." },
        { "Tin mới", "tin tuc moi", "1", SlugRule },
        { "Tin mới", "Tin-Tuc-Moi", "1", SlugRule },
        { "Tin mới", "../admin", "1", SlugRule },
        { "Tin mới", "tin-tức", "1", SlugRule },
        { "Tin mới", "-tin-moi-", "1", SlugRule },
        { "Tin mới", "tin--moi", "1", SlugRule },
        { "Tin mới", "<script>alert(1)</script>", "1", SlugRule },
        { "Tin mới", new string('a', 121), "1", "Đường dẫn tối đa 120 ký tự." },
        { "!!! ???", "", "1", "Không tạo được đường dẫn từ tên này. Xin nhập đường dẫn." },
        { "Tin mới", "tin-moi-xyz", "", "Xin nhập thứ tự." },
        { "Tin mới", "tin-moi-xyz", "abc", "Giá trị 'abc' không hợp lệ cho Thứ tự." },
        { "Tin mới", "tin-moi-xyz", "-5", "Thứ tự là một số từ 0 đến 9999." },
        { "Tin mới", "tin-moi-xyz", "99999999999", "Giá trị '99999999999' không hợp lệ cho Thứ tự." },
    };

    [Theory]
    [MemberData(nameof(BadInput))]
    public async Task ABadValueIsRefusedInVietnameseAndEverythingTypedIsKept(string name, string slug, string order, string message)
    {
        var countBefore = await admin.Factory.WithDbAsync(db => db.Categories.CountAsync());

        var response = await admin.Browser.SubmitFormAsync(CategoryAdmin.AddUrl, CategoryAdmin.Form(name, slug, order));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Chưa lưu được. Xin kiểm tra lại:", Html.Text(html));
        Assert.Contains(message, Html.Text(html));
        Assert.Equal(name, AdministratorFixture.InputValue(html, "Input.Name"));
        Assert.Equal(slug, AdministratorFixture.InputValue(html, "Input.Slug"));
        Assert.Equal(order, AdministratorFixture.InputValue(html, "Input.SortOrder"));
        Assert.Equal(countBefore, await admin.Factory.WithDbAsync(db => db.Categories.CountAsync()));
    }

    [Fact]
    public async Task EveryProblemIsShownAtOnce()
    {
        var response = await admin.Browser.SubmitFormAsync(CategoryAdmin.AddUrl, CategoryAdmin.Form("", "Tin Moi", "abc"));

        var text = Html.Text(await response.Content.ReadAsStringAsync());
        Assert.Contains("Xin nhập tên chuyên mục.", text);
        Assert.Contains(SlugRule, text);
        Assert.Contains("Giá trị 'abc' không hợp lệ cho Thứ tự.", text);
    }
}

public sealed class CategoryAddressesThatDoNotExist(AdministratorFixture admin) : IClassFixture<AdministratorFixture>
{
    [Theory]
    [InlineData("/admin/categories/edit/999999")]
    [InlineData("/admin/categories/edit/0")]
    [InlineData("/admin/categories/edit/abc")]
    [InlineData("/admin/categories/edit/99999999999")]
    [InlineData("/admin/categories/delete/999999")]
    [InlineData("/admin/categories/delete")]
    [InlineData("/admin/categories/delete/abc")]
    public async Task OpeningOneIsNotFound(string url)
    {
        var response = await admin.Browser.GetAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("text/html", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("/admin/categories/edit/999999", null)]
    [InlineData("/admin/categories/delete/999999", null)]
    [InlineData("/admin/categories?id=999999", "MoveUp")]
    [InlineData("/admin/categories?id=999999", "MoveDown")]
    [InlineData("/admin/categories?id=abc", "MoveDown")]
    public async Task PostingToOneWithAValidTokenIsNotFoundAndChangesNothing(string url, string? handler)
    {
        var token = Newsroom.AntiforgeryToken(await admin.AdminPageAsync(CategoryAdmin.AddUrl));
        var auditBefore = await admin.Factory.WithDbAsync(db => db.AuditEntries.CountAsync());

        var response = await admin.Browser.PostFormAsync(url, CategoryAdmin.Form("Tên", "ten", "1"), token, handler);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(auditBefore, await admin.Factory.WithDbAsync(db => db.AuditEntries.CountAsync()));
    }
}

public sealed class CategoryFormsWithoutAnAntiforgeryToken(AdministratorFixture admin) : IClassFixture<AdministratorFixture>
{
    [Theory]
    [InlineData("add")]
    [InlineData("edit")]
    [InlineData("delete")]
    [InlineData("move-up")]
    [InlineData("move-down")]
    public async Task AreRefusedWithABadRequestAndChangeNothing(string form)
    {
        var category = await admin.AddCategoryAsync($"Không token {AdministratorFixture.UniqueTag()}");
        var (url, handler) = form switch
        {
            "add" => (CategoryAdmin.AddUrl, null),
            "edit" => (CategoryAdmin.EditUrl(category.Id), null),
            "delete" => (CategoryAdmin.DeleteUrl(category.Id), null),
            "move-up" => ($"{CategoryAdmin.ListUrl}?id={category.Id}", "MoveUp"),
            _ => ($"{CategoryAdmin.ListUrl}?id={category.Id}", "MoveDown"),
        };
        var before = await admin.Factory.WithDbAsync(db => db.Categories.AsNoTracking().OrderBy(c => c.Id).ToListAsync());

        var response = await admin.Browser.PostFormAsync(url, CategoryAdmin.Form($"Giả mạo {AdministratorFixture.UniqueTag()}", "", "1"), token: null, handler);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var after = await admin.Factory.WithDbAsync(db => db.Categories.AsNoTracking().OrderBy(c => c.Id).ToListAsync());
        Assert.Equal(before.Select(c => (c.Id, c.Name, c.Slug, c.SortOrder)), after.Select(c => (c.Id, c.Name, c.Slug, c.SortOrder)));
    }
}
