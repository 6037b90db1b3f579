using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Portal.Web.Data;

namespace Portal.BrowserTests;

/// <summary>The directory as citizens and the newsroom use it in Chromium: search, the agency page, the forms (axe: the public sweep).</summary>
[Collection(PortalServerGroup.Name)]
public sealed class TheDirectoryInTheBrowser(PortalServer server)
{
    [Fact]
    public async Task ACitizenOnAPhoneFindsAnOfficialTypingWithoutDiacriticsAndOpensTheAgency()
    {
        var watched = await server.NewPageAsync(360);
        var page = watched.Page;
        await watched.GoAsync("/co-cau-to-chuc");

        await page.GetByLabel("Tìm cán bộ hoặc cơ quan").FillAsync("tran thi minh ha");
        await page.GetByRole(AriaRole.Button, new() { Name = "Tìm", Exact = true }).Last.ClickAsync();
        await page.WaitForURLAsync("**/co-cau-to-chuc?q=*");
        await page.GetByRole(AriaRole.Link, new() { Name = "Trần Thị Minh Hà" }).ClickAsync();

        await page.WaitForURLAsync("**/co-cau-to-chuc/uy-ban-nhan-dan-tinh#can-bo-*");
        var anchor = new Uri(page.Url).Fragment.TrimStart('#');
        Assert.Contains("Phó Chủ tịch Thường trực", await page.Locator($"[id='{anchor}']").InnerTextAsync());
        Assert.False(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth > document.documentElement.clientWidth"), "The page scrolls sideways at 360 px.");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(PortalServer.ScreenshotFolder, "directory-agency-360.png"), FullPage = true });
        Assert.Empty(watched.Problems);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task AnAdministratorAddsAnAgencyAndAnOfficialWithALibraryPhoto()
    {
        var (watched, _) = await NewsroomPages.SignedInAdministratorAsync(server, 1280);
        var page = watched.Page;
        var tag = Guid.NewGuid().ToString("N")[..6];

        await watched.GoAsync("/admin/directory/edit");
        await page.GetByLabel("Cơ quan cấp trên").SelectOptionAsync(new SelectOptionValue { Label = "— Sở Y tế" });
        await page.GetByLabel("Tên (tiếng Việt)").FillAsync($"Chi cục An toàn thực phẩm {tag}");
        await page.GetByLabel("Tên (tiếng Anh)").FillAsync($"Food Safety Sub-department {tag}");
        await page.GetByLabel("Điện thoại").FillAsync("0254 3999 111");
        await page.GetByRole(AriaRole.Button, new() { Name = "Thêm cơ quan" }).ClickAsync();
        await page.WaitForURLAsync("**/admin/directory");
        Assert.Contains($"Đã thêm cơ quan “Chi cục An toàn thực phẩm {tag}”.", await page.InnerTextAsync("main"));

        await page.GetByRole(AriaRole.Link, new() { Name = $"Cán bộ của Chi cục An toàn thực phẩm {tag}" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Thêm cán bộ" }).ClickAsync();
        await page.GetByLabel("Họ và tên").FillAsync($"Đỗ Thị Hạnh {tag}");
        await page.GetByLabel("Chức vụ (tiếng Việt)").FillAsync("Chi cục trưởng");
        await page.GetByLabel("Ảnh (từ thư viện ảnh)").SelectOptionAsync(server.CoverPhotoId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.GetByRole(AriaRole.Button, new() { Name = "Thêm cán bộ" }).ClickAsync();
        await page.WaitForURLAsync("**/admin/directory/officials/*");

        await using var scope = server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var agency = await db.Agencies.SingleAsync(a => a.NameVi == $"Chi cục An toàn thực phẩm {tag}");
        await watched.GoAsync($"/co-cau-to-chuc/{agency.Slug}");
        var photo = page.Locator(".official img");
        Assert.True(await photo.EvaluateAsync<bool>("img => img.complete && img.naturalWidth > 0"), "The official's photo did not load.");
        Assert.Equal($"Đỗ Thị Hạnh {tag}, Chi cục trưởng", await photo.GetAttributeAsync("alt"));
        Assert.Empty(watched.Problems);
        await page.Context.CloseAsync();
    }
}
