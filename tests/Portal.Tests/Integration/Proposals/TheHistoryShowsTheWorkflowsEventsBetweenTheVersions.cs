using System.Net;
using Portal.Tests.Builders;
using Portal.Web.Accounts;

namespace Portal.Tests.Integration;

/// <summary>The history lists, between the versions, who submitted, returned (and why), published, unpublished, proposed.</summary>
public sealed class TheHistoryShowsTheWorkflowsEventsBetweenTheVersions : IDisposable
{
    private readonly PortalFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task EveryStepOfTheWorkflowIsListedWithWhoAndTheComment()
    {
        using var editor = await _factory.SignedInAsync(Roles.Editor);
        using var approver = await _factory.SignedInAsync(Roles.Approver);
        var id = await editor.WriteAsync(new ArticleFormBuilder(), submit: true);
        _factory.Clock.Advance(TimeSpan.FromMinutes(1));
        await approver.ReviewAsync(id, "SendBack", new() { ["Comment"] = "Thêm ảnh hiện trường diễn tập." });
        _factory.Clock.Advance(TimeSpan.FromMinutes(1));
        await editor.EditAsync(id, f => f["Input.Summary"] = "Tóm tắt có ảnh", "Submit");
        _factory.Clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(HttpStatusCode.Redirect, (await approver.ReviewAsync(id, "Publish")).StatusCode);
        _factory.Clock.Advance(TimeSpan.FromMinutes(1));
        var proposal = await editor.ProposeAsync(_factory, id);
        await editor.EditAsync(id, f => f["Input.Author"] = "Tác giả mới", "Submit");
        _factory.Clock.Advance(TimeSpan.FromMinutes(1));
        await approver.DecideProposalAsync(proposal.Id, "Return", new() { ["Comment"] = "Giữ tên tác giả cũ." });
        _factory.Clock.Advance(TimeSpan.FromMinutes(1));
        await approver.ReviewAsync(id, "Unpublish");

        var text = Html.Text(await editor.GetStringAsync($"/admin/articles/history/{id}"));

        string[] newestFirst =
        [
            "Gỡ bài", "Trả lại đề xuất sửa đổi: Giữ tên tác giả cũ.", "Gửi duyệt đề xuất sửa đổi", "Tạo đề xuất sửa đổi", "Đăng bài",
            "Gửi duyệt", "Trả lại bài: Thêm ảnh hiện trường diễn tập.", "Gửi duyệt",
        ];
        var at = 0;
        foreach (var step in newestFirst)
        {
            var found = text.IndexOf(step, at, StringComparison.Ordinal);
            Assert.True(found >= 0, $"\"{step}\" is missing after position {at} of the history: {text}");
            at = found + step.Length;
        }
        // Who, by their display names, never their addresses.
        Assert.Contains($"Thử {Roles.VietnameseName(Roles.Approver)}", text);
        Assert.DoesNotContain("@portal.test", text);
    }
}
