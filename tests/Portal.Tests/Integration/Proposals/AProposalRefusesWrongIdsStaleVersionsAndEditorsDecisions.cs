using System.Net;
using Microsoft.EntityFrameworkCore;
using Portal.Tests.Builders;
using Portal.Web.Accounts;
using Portal.Web.Articles;

namespace Portal.Tests.Integration;

/// <summary>What a careless or hostile user sends about proposals: refused clearly, the typed text kept, nothing published.</summary>
public sealed class AProposalRefusesWrongIdsStaleVersionsAndEditorsDecisions : IDisposable
{
    private readonly PortalFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task AnEditorsOrdinarySaveOfAPublishedArticleIsStillRefusedWithTheTextKept()
    {
        using var editor = await _factory.SignedInAsync(Roles.Editor);
        var article = await _factory.PublishedArticleAsync();

        var response = await editor.SubmitFormAsync($"/admin/articles/edit/{article.Id}", new ArticleFormBuilder { Title = "Tiêu đề sửa trái phép" }.Build());

        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("chỉ người duyệt bài được sửa", Html.Text(html));
        Assert.Contains("value=\"Tiêu đề sửa trái phép\"", html);
        Assert.Equal(article.Version, (await _factory.ArticleAsync(article.Id)).Version);
        Assert.False(await _factory.WithDbAsync(db => db.ArticleProposals.AnyAsync()));
    }

    [Fact]
    public async Task AProposalOfAnotherArticleIsNotFoundAndStaysAsItWas()
    {
        using var editor = await _factory.SignedInAsync(Roles.Editor);
        var first = await _factory.PublishedArticleAsync();
        var second = await _factory.PublishedArticleAsync(skip: 1);
        await editor.ProposeAsync(_factory, first.Id);
        var other = await editor.ProposeAsync(_factory, second.Id);

        var response = await editor.EditAsync(first.Id, f =>
        {
            f["ProposalId"] = other.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
            f["Input.Title"] = "Ghi đè đề xuất của bài khác";
        });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal((other.Title, other.Version), ((await _factory.ProposalAsync(other.Id)).Title, (await _factory.ProposalAsync(other.Id)).Version));
    }

    [Fact]
    public async Task ASaveOnAStaleProposalVersionIsRefusedWithTheTypedTextKept()
    {
        using var editor = await _factory.SignedInAsync(Roles.Editor);
        using var other = await _factory.SignedInAsync(Roles.Editor);
        var article = await _factory.PublishedArticleAsync();
        var proposal = await editor.ProposeAsync(_factory, article.Id);
        var page = await editor.GetStringAsync($"/admin/articles/edit/{article.Id}");
        await other.EditAsync(article.Id, f => f["Input.Summary"] = "Tóm tắt của người kia");

        var fields = NewsroomArticles.FormFields(page);
        fields["Input.Summary"] = "Tóm tắt của tôi";
        var response = await editor.PostFormAsync($"/admin/articles/edit/{article.Id}", fields, Newsroom.AntiforgeryToken(page), multipart: true);

        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("đã lưu bản đề xuất", Html.Text(html));
        Assert.Contains("Tóm tắt của tôi", html);
        Assert.Equal("Tóm tắt của người kia", (await _factory.ProposalAsync(proposal.Id)).Summary);
    }

    [Fact]
    public async Task AnEditorCannotPublishAProposalAndAStaleDecisionIsRefused()
    {
        using var editor = await _factory.SignedInAsync(Roles.Editor);
        using var approver = await _factory.SignedInAsync(Roles.Approver);
        var article = await _factory.PublishedArticleAsync();
        var proposal = await editor.ProposeAsync(_factory, article.Id);
        await editor.EditAsync(article.Id, f => f["Input.Title"] = "Tiêu đề đề xuất chờ duyệt", "Submit");

        Assert.Equal(HttpStatusCode.Forbidden, (await editor.GetAsync($"/admin/articles/proposal/{proposal.Id}")).StatusCode);
        var token = Newsroom.AntiforgeryToken(await editor.GetStringAsync($"/admin/articles/edit/{article.Id}"));
        var current = await _factory.ProposalAsync(proposal.Id);
        var forged = await editor.PostFormAsync($"/admin/articles/proposal/{proposal.Id}",
            new() { ["Version"] = current.Version.ToString(), ["ArticleVersion"] = article.Version.ToString() }, token, "Publish");
        Assert.Equal(HttpStatusCode.Forbidden, forged.StatusCode);

        var stale = await approver.PostFormAsync($"/admin/articles/proposal/{proposal.Id}",
            new() { ["Version"] = proposal.Version.ToString(), ["ArticleVersion"] = article.Version.ToString() },
            Newsroom.AntiforgeryToken(await approver.GetStringAsync($"/admin/articles/proposal/{proposal.Id}")), "Publish");
        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        Assert.Contains("Đề xuất vừa được người khác thay đổi", Html.Text(await stale.Content.ReadAsStringAsync()));
        Assert.Equal(article.Title, (await _factory.ArticleAsync(article.Id)).Title);
        Assert.Equal(ProposalStatus.Submitted, (await _factory.ProposalAsync(proposal.Id)).Status);
    }

    [Fact]
    public async Task TheReviewSaysWhenTheArticleChangedAfterTheProposalWasMade()
    {
        using var editor = await _factory.SignedInAsync(Roles.Editor);
        using var approver = await _factory.SignedInAsync(Roles.Approver);
        var article = await _factory.PublishedArticleAsync();
        var proposal = await editor.ProposeAsync(_factory, article.Id);
        await editor.EditAsync(article.Id, f => f["Input.Title"] = "Tiêu đề đề xuất", "Submit");
        Assert.Equal(HttpStatusCode.Redirect, (await approver.EditAsync(article.Id, f => f["Input.Summary"] = "Tóm tắt do người duyệt sửa")).StatusCode);

        var review = Html.Text(await approver.GetStringAsync($"/admin/articles/proposal/{proposal.Id}"));

        Assert.Contains("Bài trên cổng đã được sửa sau khi đề xuất này được tạo", review);
        Assert.Contains("- Tóm tắt do người duyệt sửa", review);
    }

    [Fact]
    public async Task AProposalWithoutTheAntiforgeryTokenIsRefused()
    {
        using var editor = await _factory.SignedInAsync(Roles.Editor);
        var article = await _factory.PublishedArticleAsync();

        var response = await editor.PostFormAsync($"/admin/articles/edit/{article.Id}", [], token: null, handler: "Propose");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(await _factory.WithDbAsync(db => db.ArticleProposals.AnyAsync()));
    }
}
