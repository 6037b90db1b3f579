using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Portal.Web.Accounts;
using Portal.Web.Articles;
using Portal.Web.Data;
using Portal.Web.Editing;

namespace Portal.BrowserTests;

/// <summary>
/// An Editor opens a published article, finds it read-only, proposes a change and submits it; an approver finds it
/// on the dashboard, reads the difference and publishes it (or returns it with a comment the editor then reads).
/// </summary>
[Collection(PortalServerGroup.Name)]
public sealed class AnEditorProposesAChangeInTheBrowser(PortalServer server)
{
    private static readonly AxeRunOptions Wcag = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] },
    };

    [Fact]
    public async Task AnApproverPublishesTheProposalAndThePublicPageShowsTheNewText()
    {
        var (id, slug, title) = await PublishedArticleAsync();
        var editor = (await server.SignedInAsync(Roles.Editor, 360)).Page;

        await editor.GoAsync($"/admin/articles/edit/{id}");
        Assert.Equal(0, await editor.Page.Locator("#Input_Title").CountAsync());
        await AssertNoViolationsAsync(editor.Page, "read-only article at 360px");
        await editor.Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(PortalServer.ScreenshotFolder, "admin-articles-edit-read-only-360.png"), FullPage = true });
        await editor.Page.GetByRole(AriaRole.Button, new() { Name = "Đề xuất sửa đổi" }).ClickAsync();
        await editor.Page.GetByText("Bạn đang sửa bản đề xuất").WaitForAsync();
        await AssertNoViolationsAsync(editor.Page, "proposal form at 360px");
        await editor.Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(PortalServer.ScreenshotFolder, "admin-articles-edit-proposal-360.png") });
        await editor.Page.FillAsync("#Input_Title", $"{title} (đã cập nhật)");
        await editor.Page.FillAsync("#Input_BodyMarkdown", "Đoạn mới do biên tập viên đề xuất: lịch tiếp dân thay đổi từ tháng 12.");
        await editor.Page.GetByRole(AriaRole.Button, new() { Name = "Lưu và gửi duyệt" }).ClickAsync();
        await editor.Page.GetByText("Đã gửi đề xuất sửa đổi cho người duyệt.").WaitForAsync();

        using var citizen = new HttpClient();
        Assert.DoesNotContain("lịch tiếp dân thay đổi", await citizen.GetStringAsync($"{server.BaseUrl}/bai-viet/{id}/{slug}"));

        var approver = (await server.SignedInAsync(Roles.Approver, 1280)).Page;
        await approver.Page.GetByRole(AriaRole.Link, new() { Name = $"{title} (đã cập nhật)" }).ClickAsync();
        await approver.Page.GetByText("Khác biệt so với bài trên cổng").WaitForAsync();
        var added = await approver.Page.Locator("pre.diff ins").AllInnerTextsAsync();
        Assert.Contains(added, line => line.Contains("lịch tiếp dân thay đổi", StringComparison.Ordinal));
        await AssertNoViolationsAsync(approver.Page, "proposal review at 1280px");
        await approver.Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(PortalServer.ScreenshotFolder, "admin-articles-proposal-1280.png"), FullPage = true });
        await approver.Page.GetByRole(AriaRole.Button, new() { Name = "Đăng thay đổi" }).ClickAsync();
        await approver.Page.GetByText("Đã đăng thay đổi").WaitForAsync();

        var page = await citizen.GetStringAsync($"{server.BaseUrl}/bai-viet/{id}/{slug}");
        Assert.Contains("lịch tiếp dân thay đổi từ tháng 12", page);
        Assert.Contains($"{title} (đã cập nhật)", page);
        Assert.Empty(editor.Problems);
        Assert.Empty(approver.Problems);
        await editor.Page.Context.CloseAsync();
        await approver.Page.Context.CloseAsync();
    }

    [Fact]
    public async Task AnApproverReturnsTheProposalAndTheEditorReadsTheComment()
    {
        var (id, _, title) = await PublishedArticleAsync();
        var editor = (await server.SignedInAsync(Roles.Editor, 1280)).Page;
        await editor.GoAsync($"/admin/articles/edit/{id}");
        await editor.Page.GetByRole(AriaRole.Button, new() { Name = "Đề xuất sửa đổi" }).ClickAsync();
        await editor.Page.FillAsync("#Input_Summary", "Tóm tắt đề xuất chưa có nguồn");
        await editor.Page.GetByRole(AriaRole.Button, new() { Name = "Lưu và gửi duyệt" }).ClickAsync();
        await editor.Page.GetByText("Đã gửi đề xuất sửa đổi cho người duyệt.").WaitForAsync();

        var approver = (await server.SignedInAsync(Roles.Approver, 360)).Page;
        await approver.Page.GetByRole(AriaRole.Link, new() { Name = title, Exact = true }).First.ClickAsync();
        await approver.Page.FillAsync("#Comment", "Xin ghi nguồn của số liệu trong tóm tắt.");
        await approver.Page.GetByRole(AriaRole.Button, new() { Name = "Trả lại" }).ClickAsync();
        await approver.Page.GetByText("Đã trả lại đề xuất").WaitForAsync();

        await editor.GoAsync("/admin");
        await editor.Page.GetByText("Xin ghi nguồn của số liệu trong tóm tắt.").WaitForAsync();
        await editor.GoAsync($"/admin/articles/edit/{id}");
        await editor.Page.GetByText("Xin ghi nguồn của số liệu trong tóm tắt.").WaitForAsync();
        Assert.Equal("Tóm tắt đề xuất chưa có nguồn", await editor.Page.InputValueAsync("#Input_Summary"));
        Assert.Empty(editor.Problems);
        Assert.Empty(approver.Problems);
        await editor.Page.Context.CloseAsync();
        await approver.Page.Context.CloseAsync();
    }

    /// <summary>An article of this test's own, written and published through the services, so no other test reads it.</summary>
    private async Task<(int Id, string Slug, string Title)> PublishedArticleAsync()
    {
        await using var scope = server.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var category = await services.GetRequiredService<PortalDbContext>().Categories.Select(c => c.Id).FirstAsync();
        var title = $"Lịch tiếp công dân {Guid.NewGuid().ToString("N")[..6]}";
        var saved = await services.GetRequiredService<ArticleService>().SaveAsync(null, new ArticleContent(title, "", category, "Lịch tiếp dân định kỳ.", "Văn phòng", "Lịch tiếp dân hằng tháng."),
            null, submit: false, new NewsroomUser("trinh-duyet@portal.test", CanPublish: true));
        var article = Assert.IsType<SaveResult<Article>.Saved>(saved).Value;
        var published = await services.GetRequiredService<ArticleWorkflow>().PublishAsync(article.Id, article.Version, null, "trinh-duyet@portal.test");
        Assert.Equal(Portal.Web.Publishing.WorkflowOutcome.Done, published.Outcome);
        return (article.Id, article.Slug, title);
    }

    private static async Task AssertNoViolationsAsync(IPage page, string where)
    {
        var axe = await page.RunAxe(Wcag);
        Assert.True(axe.Violations.Length == 0, $"{where}: " + string.Join("; ", axe.Violations.Select(v => $"{v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Select(n => n.Html).Take(2))})")));
    }
}
