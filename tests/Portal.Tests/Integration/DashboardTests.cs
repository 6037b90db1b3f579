using System.Net;
using System.Text.RegularExpressions;
using Portal.Tests.Builders;
using Portal.Web.Accounts;

namespace Portal.Tests.Integration;

public sealed partial class DashboardTests : IDisposable
{
    private readonly PortalFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task TheDashboardShowsCountsWaitingAndScheduledArticlesAndThirtyDaysOfVisits()
    {
        using var editor = await _factory.SignedInAsync(Roles.Editor);
        using var approver = await _factory.SignedInAsync(Roles.Approver);
        await editor.WriteAsync(new ArticleFormBuilder { Title = "Bài đang chờ duyệt trên bảng tổng quan" }, submit: true);
        var scheduled = await editor.WriteAsync(new ArticleFormBuilder { Title = "Bài hẹn giờ trên bảng tổng quan" }, submit: true);
        await approver.ReviewAsync(scheduled, "Schedule", new() { ["PublishAt"] = "2026-12-01T08:00" });
        using (var visitors = _factory.CreateBrowser(handleCookies: false))
        {
            await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => visitors.GetAsync("/")));
        }
        await _factory.FlushVisitsAsync();

        var response = await editor.GetAsync("/admin");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        var text = Html.Text(html);
        Assert.Contains("1 Chờ duyệt", text);
        Assert.Contains("1 Hẹn giờ", text);
        Assert.Contains("25 Đã đăng", text);
        Assert.Contains("Bài đang chờ duyệt trên bảng tổng quan", text);
        Assert.Contains("Bài hẹn giờ trên bảng tổng quan", text);
        Assert.Contains("đăng lúc 08:00 | 01/12/2026", text);
        Assert.Equal(30, Bars().Count(html));
        Assert.Contains("28/11: 4 lượt", html);
    }

    [GeneratedRegex("<rect ")]
    private static partial Regex Bars();
}
