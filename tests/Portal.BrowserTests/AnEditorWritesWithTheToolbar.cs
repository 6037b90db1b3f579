using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Portal.Web.Accounts;
using Portal.Web.Articles.Attachments;
using Portal.Web.Data;
using Portal.Web.LegalDocuments.Files;

namespace Portal.BrowserTests;

/// <summary>
/// The article editor's writing tools in a real browser: the toolbar from the keyboard, the live preview, the photo
/// dialog, a PDF attached from the toolbar, the autosave that outlives a closed tab, the leave warning, and axe with all of them open.
/// </summary>
[Collection(PortalServerGroup.Name)]
public sealed class AnEditorWritesWithTheToolbar(PortalServer server)
{
    private static readonly AxeRunOptions Wcag22 = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] },
    };

    private static async Task OpenNewArticleAsync(IPage page, string title)
    {
        await page.GotoAsync(page.Url.Replace("/admin", "/admin/articles/edit", StringComparison.Ordinal));
        await page.FillAsync("#Input_Title", title);
        await page.SelectOptionAsync("#Input_CategoryId", new SelectOptionValue { Index = 1 });
        await page.FocusAsync("#Input_BodyMarkdown");
    }

    /// <summary>From the text, Shift+Tab to the toolbar, arrows to the button, Enter.</summary>
    private static async Task UseToolAsync(IPage page, string label)
    {
        await page.Keyboard.PressAsync("Shift+Tab");
        for (var i = 0; i < 12 && await page.EvaluateAsync<string>("() => document.activeElement.textContent") != label; i++)
        {
            await page.Keyboard.PressAsync("ArrowRight");
        }
        Assert.Equal(label, await page.EvaluateAsync<string>("() => document.activeElement.textContent"));
        await page.Keyboard.PressAsync("Enter");
    }

    [Fact]
    public async Task AHeadingAListALibraryPhotoAndAPdfWrittenFromTheKeyboardArePreviewedAndSaved()
    {
        var watched = (await server.SignedInAsync(Roles.Editor, 1280, "Biên tập thử")).Page;
        var page = watched.Page;
        await OpenNewArticleAsync(page, "Bài viết bằng thanh công cụ");

        await page.Keyboard.TypeAsync("Đoạn mở đầu bài viết.");
        await page.Keyboard.PressAsync("Enter");
        await page.Keyboard.PressAsync("Enter");
        await UseToolAsync(page, "Tiêu đề");
        await page.Keyboard.TypeAsync("Kết quả diễn tập");
        await page.Keyboard.PressAsync("End");
        await page.Keyboard.PressAsync("Enter");
        await page.Keyboard.PressAsync("Enter");
        await UseToolAsync(page, "Danh sách");
        await page.Keyboard.TypeAsync("Sơ tán 1.200 hộ dân");
        await page.Keyboard.PressAsync("End");
        await UseToolAsync(page, "Ảnh");
        var insert = page.Locator($"dialog[open] button:text-is('Chèn ảnh số {server.BodyPhotoId}')");
        await insert.WaitForAsync();
        for (var i = 0; i < 40 && !await insert.EvaluateAsync<bool>("b => b === document.activeElement"); i++)
        {
            await page.Keyboard.PressAsync("Tab");
        }
        await page.Keyboard.PressAsync("Enter");
        await page.FocusAsync("#Input_BodyMarkdown");
        await page.Keyboard.PressAsync("Control+End");
        var chooser = await page.RunAndWaitForFileChooserAsync(() => UseToolAsync(page, "Tệp đính kèm"));
        await chooser.SetFilesAsync(new FilePayload { Name = "Kế hoạch diễn tập.pdf", MimeType = "application/pdf", Buffer = SimplePdf.Write("Kế hoạch", ["Điều 1. Diễn tập."]) });
        await page.Locator("#attachment-list li", new() { HasText = "Kế hoạch diễn tập.pdf" }).WaitForAsync(new() { Timeout = 20_000 });

        var body = await page.InputValueAsync("#Input_BodyMarkdown");
        Assert.Contains("Kế hoạch diễn tập.pdf](", body);
        Assert.Contains("## Kết quả diễn tập", body);
        Assert.Contains("- Sơ tán 1.200 hộ dân", body);
        Assert.Contains($"(/anh/{server.BodyPhotoId})", body);
        var preview = page.Locator("[data-live-preview-body]");
        await preview.Locator("figure.article-photo").WaitForAsync();
        Assert.Equal("Kết quả diễn tập", await preview.Locator("h2").InnerTextAsync());
        Assert.Equal("Sơ tán 1.200 hộ dân", await preview.Locator("ul li").InnerTextAsync());

        await page.ClickAsync("form[data-editor-form] .buttons button:text-is('Lưu')");
        await page.WaitForURLAsync("**/admin/articles/edit/*");
        var id = int.Parse(page.Url[(page.Url.LastIndexOf('/') + 1)..], System.Globalization.CultureInfo.InvariantCulture);
        await using var scope = server.Services.CreateAsyncScope();
        var html = await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Articles.Where(a => a.Id == id).Select(a => a.BodyHtml).SingleAsync();
        Assert.Contains("Kết quả diễn tập</h2>", html);
        Assert.Contains("<ul>", html);
        Assert.Contains("<figure class=\"article-photo\">", html);
        var files = await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Set<ArticleAttachment>()
            .Where(a => a.ArticleId == id).Select(a => a.FileName).ToListAsync();
        Assert.Equal(["Kế hoạch diễn tập.pdf"], files);
        Assert.Empty(watched.Problems);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task TheTextOfATabClosedMidSentenceComesBackFromTheBanner()
    {
        var watched = (await server.SignedInAsync(Roles.Editor, 1280, "Biên tập thử")).Page;
        var page = watched.Page;
        await OpenNewArticleAsync(page, "Bài bị đóng thẻ giữa chừng");
        await page.Keyboard.TypeAsync("Câu viết dở giữa chừng khi");
        string? dialogType = null;
        page.Dialog += async (_, dialog) =>
        {
            dialogType = dialog.Type;
            await dialog.AcceptAsync();
        };

        await page.CloseAsync(new PageCloseOptions { RunBeforeUnload = true });
        for (var i = 0; i < 50 && !page.IsClosed; i++)
        {
            await Task.Delay(100);
        }

        Assert.Equal("beforeunload", dialogType);
        // The beacon outlives the page; on two busy cores it may take a moment to land.
        for (var i = 0; i < 100 && !await AutosaveOfAsync("Bài bị đóng thẻ giữa chừng"); i++)
        {
            await Task.Delay(200);
        }
        var again = await page.Context.NewPageAsync();
        await again.GotoAsync(server.BaseUrl + "/admin/articles/edit");
        var banner = again.Locator("[data-autosave-banner]");
        Assert.Contains("chưa được lưu chính thức", await banner.InnerTextAsync());
        var warned = new List<string>();
        again.Dialog += async (_, dialog) =>
        {
            warned.Add(dialog.Type);
            await dialog.AcceptAsync();
        };
        var restore = again.GetByRole(AriaRole.Link, new() { Name = "Khôi phục bản tự động lưu" });
        Assert.Equal("?restore=true", await restore.GetAttributeAsync("href"));
        await restore.ClickAsync();
        await again.WaitForURLAsync(url => url.Contains("restore=", StringComparison.OrdinalIgnoreCase));
        // Nothing was typed on this page: leaving it asks nothing.
        Assert.Empty(warned);
        Assert.Equal("Câu viết dở giữa chừng khi", await again.InputValueAsync("#Input_BodyMarkdown"));
        Assert.Equal("Bài bị đóng thẻ giữa chừng", await again.InputValueAsync("#Input_Title"));
        await again.Context.CloseAsync();
    }

    [Theory]
    [InlineData(360)]
    [InlineData(1280)]
    public async Task TheEditPageWithItsToolbarPreviewAndPhotoDialogOpenHasNoViolations(int width)
    {
        var watched = (await server.SignedInAsync(Roles.Editor, width, "Biên tập thử")).Page;
        var page = watched.Page;
        await OpenNewArticleAsync(page, "Kiểm tra trợ năng");
        await page.Keyboard.TypeAsync("## Tiêu đề nhỏ\n\nMột đoạn văn.");
        await page.Locator("[data-live-preview-body] h2").WaitForAsync();
        Assert.True(await page.Locator("[data-md-toolbar]").IsVisibleAsync());
        await AssertNoViolationsAsync(page, $"edit page at {width}px");

        await page.ClickAsync("[data-md=photo]");
        await page.Locator("dialog[open] [data-photo-dialog-list] li").First.WaitForAsync();
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(PortalServer.ScreenshotFolder, $"admin-article-editor-photo-dialog-{width}.png") });
        await AssertNoViolationsAsync(page, $"photo dialog at {width}px");
        await page.Keyboard.PressAsync("Escape");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(PortalServer.ScreenshotFolder, $"admin-article-editor-{width}.png"), FullPage = true });
        Assert.Empty(watched.Problems);
        await page.Context.CloseAsync();
    }

    private async Task<bool> AutosaveOfAsync(string title)
    {
        await using var scope = server.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PortalDbContext>().ArticleAutosaves.AnyAsync(a => a.Title == title);
    }

    private static async Task AssertNoViolationsAsync(IPage page, string where)
    {
        var axe = await page.RunAxe(Wcag22);
        Assert.True(axe.Violations.Length == 0, $"{where}: " + string.Join("; ", axe.Violations.Select(v => $"{v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Select(n => n.Html).Take(2))})")));
    }
}
