using Portal.Tests.Builders;
using Portal.Web.Accounts;

namespace Portal.Tests.Integration;

/// <summary>"Việc đang chờ bạn": what was returned to the editor who last saved it, and, for approvers, what waits for them.</summary>
public sealed class TheDashboardShowsEachPersonWhatWaitsForThem : IDisposable
{
    private readonly PortalFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task ReturnedWorkGoesToItsEditorOnlyAndProposalsToApprovers()
    {
        using var editor = await _factory.SignedInAsync(Roles.Editor);
        using var colleague = await _factory.SignedInAsync(Roles.Editor);
        using var approver = await _factory.SignedInAsync(Roles.Approver);
        var id = await editor.WriteAsync(new ArticleFormBuilder { Title = "Bài bị trả lại trên bảng tổng quan" }, submit: true);
        await approver.ReviewAsync(id, "SendBack", new() { ["Comment"] = "Thiếu số liệu huyện Côn Đảo." });
        var published = await _factory.PublishedArticleAsync();
        var proposal = await colleague.ProposeAsync(_factory, published.Id);
        await colleague.EditAsync(published.Id, f => f["Input.Title"] = "Đề xuất chờ duyệt trên bảng tổng quan", "Submit");

        var mine = Html.Text(await editor.GetStringAsync("/admin"));
        var theirs = Html.Text(await colleague.GetStringAsync("/admin"));
        var approvers = Html.Text(await approver.GetStringAsync("/admin"));

        Assert.Contains("Việc đang chờ bạn", mine);
        Assert.Contains("Bài bị trả lại: Bài bị trả lại trên bảng tổng quan", mine);
        Assert.Contains("Thiếu số liệu huyện Côn Đảo.", mine);
        Assert.DoesNotContain("Thiếu số liệu huyện Côn Đảo.", theirs);
        Assert.DoesNotContain("Đề xuất sửa đổi chờ duyệt", theirs);
        Assert.Contains("Đề xuất sửa đổi chờ duyệt: Đề xuất chờ duyệt trên bảng tổng quan", approvers);

        await approver.DecideProposalAsync(proposal.Id, "Return", new() { ["Comment"] = "Tiêu đề quá dài." });
        var returned = Html.Text(await colleague.GetStringAsync("/admin"));
        Assert.Contains("Đề xuất sửa đổi bị trả lại: Đề xuất chờ duyệt trên bảng tổng quan", returned);
        Assert.Contains("Tiêu đề quá dài.", returned);
        Assert.DoesNotContain("Tiêu đề quá dài.", Html.Text(await editor.GetStringAsync("/admin")));
    }
}
