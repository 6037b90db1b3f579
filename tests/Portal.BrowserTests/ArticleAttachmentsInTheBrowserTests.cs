using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Portal.Web.Accounts;
using Portal.Web.LegalDocuments.Files;

namespace Portal.BrowserTests;

/// <summary>
/// An editor attaches a PDF with the attachments section's button (the link lands in the body), tags the article and
/// sends it; an approver publishes it; a citizen sees the file with its type and size, downloads it, and opens the tag's page.
/// </summary>
[Collection(PortalServerGroup.Name)]
public sealed class ArticleAttachmentsInTheBrowserTests(PortalServer server)
{
    private static readonly AxeRunOptions Wcag = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] },
    };

    [Fact]
    public async Task AnEditorAttachesAPdfThatACitizenDownloadsOnceItIsPublished()
    {
        var title = $"Kế hoạch phòng chống thiên tai {Guid.NewGuid().ToString("N")[..6]}";
        var editor = (await server.SignedInAsync(Roles.Editor, 360)).Page;
        var page = editor.Page;
        await editor.GoAsync("/admin/articles/edit");
        await page.FillAsync("#Input_Title", title);
        await page.SelectOptionAsync("#Input_CategoryId", new SelectOptionValue { Index = 1 });
        await page.FillAsync("#Input_Tags", "Phòng chống thiên tai, Dân vận");
        await page.FillAsync("#Input_BodyMarkdown", "Xem kế hoạch chi tiết: ");
        await page.FocusAsync("#Input_BodyMarkdown");
        await page.PressAsync("#Input_BodyMarkdown", "End");

        var chooser = await page.RunAndWaitForFileChooserAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Đính kèm tệp và chèn liên kết vào bài" }).ClickAsync());
        await chooser.SetFilesAsync(new FilePayload { Name = "Kế hoạch số 12.pdf", MimeType = "application/pdf", Buffer = SimplePdf.Write("Kế hoạch", ["Điều 1. Diễn tập."]) });

        try
        {
            await page.Locator("#attachment-list li", new() { HasText = "Kế hoạch số 12.pdf" }).WaitForAsync(new() { Timeout = 20_000 });
        }
        catch (TimeoutException)
        {
            Assert.Fail($"Not listed. Status: {await page.InnerTextAsync("#attachment-status")}; address {await page.GetAttributeAsync("#attachments", "data-upload-url")}; {string.Join("; ", editor.Problems)}");
        }
        Assert.Contains("[Kế hoạch số 12.pdf](/bai-viet/tep/", await page.InputValueAsync("#Input_BodyMarkdown"));
        await AssertNoViolationsAsync(page, "the editor with an attachment at 360px");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(PortalServer.ScreenshotFolder, "admin-article-attachments-360.png"), FullPage = true });
        await page.GetByRole(AriaRole.Button, new() { Name = "Lưu và gửi duyệt" }).ClickAsync();
        await page.WaitForURLAsync("**/admin/articles/edit/*");
        var id = int.Parse(page.Url.Split('/')[^1].Split('?')[0], System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains("Kế hoạch số 12.pdf", await page.Locator("#attachment-list").InnerTextAsync());
        Assert.Empty(editor.Problems);
        await page.Context.CloseAsync();

        var approver = (await server.SignedInAsync(Roles.Approver, 1280)).Page;
        await approver.GoAsync($"/admin/articles/review/{id}");
        await approver.Page.GetByRole(AriaRole.Button, new() { Name = "Đăng ngay" }).ClickAsync();
        await approver.Page.WaitForURLAsync("**/admin/articles**");
        await approver.Page.Context.CloseAsync();

        var citizen = await server.NewPageAsync(360);
        await citizen.GoAsync($"/bai-viet/{id}");
        var attachments = citizen.Page.Locator(".article-attachments");
        Assert.Contains("Kế hoạch số 12.pdf", await attachments.InnerTextAsync());
        Assert.Matches("\\(PDF, \\d+ KB\\)", await attachments.InnerTextAsync());
        var href = await attachments.Locator("a").First.GetAttributeAsync("href");
        var download = await citizen.Page.APIRequest.GetAsync(server.BaseUrl + href);
        Assert.Equal(200, download.Status);
        Assert.Contains("filename*=UTF-8''K%E1%BA%BF", download.Headers["content-disposition"]);
        await AssertNoViolationsAsync(citizen.Page, "the article with its attachment at 360px");

        await citizen.Page.GetByRole(AriaRole.Link, new() { Name = "Phòng chống thiên tai" }).ClickAsync();
        await citizen.Page.WaitForURLAsync("**/the/phong-chong-thien-tai");
        Assert.Contains(title, await citizen.Page.Locator("main").InnerTextAsync());
        await AssertNoViolationsAsync(citizen.Page, "the tag's page at 360px");
        Assert.Empty(citizen.Problems);
        await citizen.Page.Context.CloseAsync();
    }

    private static async Task AssertNoViolationsAsync(IPage page, string where)
    {
        var axe = await page.RunAxe(Wcag);
        Assert.True(axe.Violations.Length == 0, $"{where}: " + string.Join("; ", axe.Violations.Select(v => $"{v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Select(n => n.Html).Take(2))})")));
    }
}
