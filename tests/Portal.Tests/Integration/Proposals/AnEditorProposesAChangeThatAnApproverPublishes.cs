using System.Net;
using Microsoft.EntityFrameworkCore;
using Portal.Web.Accounts;
using Portal.Web.Articles;
using Portal.Web.Mail;
using Portal.Web.Publishing;

namespace Portal.Tests.Integration;

/// <summary>
/// An Editor changes a published article through a proposal: the article stays online, unchanged (text and version),
/// until an approver publishes the proposal as their save, or returns it with a comment the editor then reads.
/// </summary>
public sealed class AnEditorProposesAChangeThatAnApproverPublishes : IDisposable
{
    private readonly PortalFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task ThePublishedArticleIsUnchangedWhileTheProposalWaitsThenTakesItsTextWhenPublished()
    {
        using var approver = await _factory.SignedInAsync(Roles.Approver);
        using var editor = await _factory.SignedInAsync(Roles.Editor);
        using var citizen = _factory.CreateBrowser();
        var article = await _factory.PublishedArticleAsync();
        var address = $"/bai-viet/{article.Id}/{article.Slug}";

        var readOnly = await editor.GetStringAsync($"/admin/articles/edit/{article.Id}");
        Assert.Contains("Đề xuất sửa đổi", Html.Text(readOnly));
        Assert.DoesNotContain("name=\"Input.Title\"", readOnly);

        var proposal = await editor.ProposeAsync(_factory, article.Id);
        var form = await editor.GetStringAsync($"/admin/articles/edit/{article.Id}");
        Assert.Contains("Bạn đang sửa bản đề xuất; bài trên cổng giữ nguyên cho tới khi người duyệt đăng thay đổi.", Html.Text(form));
        var saved = await editor.EditAsync(article.Id, f =>
        {
            f["Input.Title"] = "Tiêu đề đề xuất mới về phòng chống bão";
            f["Input.BodyMarkdown"] = "Đoạn văn đề xuất thêm về sơ tán dân.";
        }, "Submit");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var online = await _factory.ArticleAsync(article.Id);
        Assert.Equal((article.Title, article.Version, article.BodyMarkdown), (online.Title, online.Version, online.BodyMarkdown));
        Assert.DoesNotContain("Tiêu đề đề xuất mới", Html.Text(await citizen.GetStringAsync(address)));
        Assert.Equal(ProposalStatus.Submitted, (await _factory.ProposalAsync(proposal.Id)).Status);
        Assert.True(await _factory.WithDbAsync(db => db.OutboxMessages.AnyAsync(m => m.Purpose == ApprovalRequest.Purpose && m.Subject.Contains("Tiêu đề đề xuất mới"))));

        var review = Html.Text(await approver.GetStringAsync($"/admin/articles/proposal/{proposal.Id}"));
        Assert.Contains("Khác biệt so với bài trên cổng", review);
        Assert.Contains("+ Tiêu đề đề xuất mới về phòng chống bão", review);
        Assert.Contains($"- {article.Title}", review);
        Assert.Equal(HttpStatusCode.Redirect, (await approver.DecideProposalAsync(proposal.Id, "Publish")).StatusCode);

        var published = await _factory.ArticleAsync(article.Id);
        Assert.Equal("Tiêu đề đề xuất mới về phòng chống bão", published.Title);
        Assert.Equal(PublicationStatus.Published, published.Status);
        Assert.Equal(article.PublishedAt, published.PublishedAt);
        Assert.NotEqual(article.Version, published.Version);
        Assert.Contains("Đoạn văn đề xuất thêm về sơ tán dân.", Html.Text(await citizen.GetStringAsync($"/bai-viet/{article.Id}/{published.Slug}")));
        var revision = await _factory.WithDbAsync(db => db.ArticleRevisions.Where(r => r.ArticleId == article.Id).OrderByDescending(r => r.Id).FirstAsync());
        Assert.StartsWith("Đăng đề xuất sửa đổi của editor-", revision.Note, StringComparison.Ordinal);
        Assert.StartsWith("approver-", revision.CreatedBy, StringComparison.Ordinal);
        Assert.Equal(ProposalStatus.Published, (await _factory.ProposalAsync(proposal.Id)).Status);
        Assert.Contains("Đề xuất sửa đổi", Html.Text(await editor.GetStringAsync($"/admin/articles/edit/{article.Id}")));
    }

    [Fact]
    public async Task AReturnedProposalShowsTheApproversCommentToTheEditorWhoResubmitsIt()
    {
        using var approver = await _factory.SignedInAsync(Roles.Approver);
        using var editor = await _factory.SignedInAsync(Roles.Editor);
        var article = await _factory.PublishedArticleAsync();
        var proposal = await editor.ProposeAsync(_factory, article.Id);
        await editor.EditAsync(article.Id, f => f["Input.Summary"] = "Tóm tắt đề xuất", "Submit");

        var refused = await approver.DecideProposalAsync(proposal.Id, "Return", new() { ["Comment"] = " " });
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Xin ghi ý kiến cho biên tập viên", Html.Text(await refused.Content.ReadAsStringAsync()));
        var returned = await approver.DecideProposalAsync(proposal.Id, "Return", new() { ["Comment"] = "Ghi rõ nguồn số liệu sơ tán." });
        Assert.Equal(HttpStatusCode.Redirect, returned.StatusCode);

        var page = Html.Text(await editor.GetStringAsync($"/admin/articles/edit/{article.Id}"));
        Assert.Contains("Ghi rõ nguồn số liệu sơ tán.", page);
        Assert.Contains("Bạn đang sửa bản đề xuất", page);
        Assert.Equal(article.Summary, (await _factory.ArticleAsync(article.Id)).Summary);
        Assert.Equal(HttpStatusCode.Redirect, (await editor.EditAsync(article.Id, f => f["Input.Summary"] = "Tóm tắt có nguồn", "Submit")).StatusCode);
        Assert.Equal((ProposalStatus.Submitted, "Tóm tắt có nguồn"), ((await _factory.ProposalAsync(proposal.Id)).Status, (await _factory.ProposalAsync(proposal.Id)).Summary));
    }

    [Fact]
    public async Task ASecondEditorSeesTheOpenProposalAndAnEditorMayWithdrawIt()
    {
        using var editor = await _factory.SignedInAsync(Roles.Editor);
        using var other = await _factory.SignedInAsync(Roles.Editor);
        var article = await _factory.PublishedArticleAsync();
        var proposal = await editor.ProposeAsync(_factory, article.Id);
        await editor.EditAsync(article.Id, f => f["Input.Author"] = "Tác giả đề xuất");

        var again = await other.ProposeAsync(_factory, article.Id);
        Assert.Equal(proposal.Id, again.Id);
        Assert.Contains("value=\"Tác giả đề xuất\"", await other.GetStringAsync($"/admin/articles/edit/{article.Id}"));

        Assert.Equal(HttpStatusCode.Redirect, (await other.EditAsync(article.Id, _ => { }, "Withdraw")).StatusCode);
        Assert.Equal(ProposalStatus.Withdrawn, (await _factory.ProposalAsync(proposal.Id)).Status);
        Assert.Equal(article.Version, (await _factory.ArticleAsync(article.Id)).Version);
        Assert.DoesNotContain("name=\"Input.Title\"", await editor.GetStringAsync($"/admin/articles/edit/{article.Id}"));
    }
}
