using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Portal.Web.Auditing;

namespace Portal.Tests.Integration;

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
