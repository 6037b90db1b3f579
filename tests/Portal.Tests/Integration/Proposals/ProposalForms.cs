using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Portal.Web.Articles;
using Portal.Web.Publishing;

namespace Portal.Tests.Integration;

/// <summary>Proposed changes to published articles, made and decided through the newsroom's forms.</summary>
public static partial class ProposalForms
{
    /// <summary>A published article of the seeded library (the n-th by id).</summary>
    public static Task<Article> PublishedArticleAsync(this PortalFactory factory, int skip = 0) =>
        factory.WithDbAsync(db => db.Articles.AsNoTracking().Where(a => a.Status == PublicationStatus.Published).OrderBy(a => a.Id).Skip(skip).FirstAsync());

    /// <summary>Clicks "Đề xuất sửa đổi" on the read-only page; returns the open proposal.</summary>
    public static async Task<ArticleProposal> ProposeAsync(this HttpClient editor, PortalFactory factory, int articleId)
    {
        var response = await editor.SubmitFormAsync($"/admin/articles/edit/{articleId}", [], "Propose");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return await factory.OpenProposalAsync(articleId);
    }

    public static Task<ArticleProposal> OpenProposalAsync(this PortalFactory factory, int articleId) =>
        factory.WithDbAsync(db => db.ArticleProposals.AsNoTracking().SingleAsync(p => p.OpenArticleId == articleId));

    public static Task<ArticleProposal> ProposalAsync(this PortalFactory factory, int id) =>
        factory.WithDbAsync(db => db.ArticleProposals.AsNoTracking().SingleAsync(p => p.Id == id));

    /// <summary>The approver's page of the proposal, acted on with the versions it shows.</summary>
    public static async Task<HttpResponseMessage> DecideProposalAsync(this HttpClient approver, int proposalId, string handler, Dictionary<string, string>? fields = null)
    {
        var page = await approver.GetStringAsync($"/admin/articles/proposal/{proposalId}");
        var body = new Dictionary<string, string>(fields ?? [])
        {
            ["Version"] = VersionField().Match(page).Groups[1].Value,
            ["ArticleVersion"] = ArticleVersionField().Match(page).Groups[1].Value,
        };
        return await approver.PostFormAsync($"/admin/articles/proposal/{proposalId}", body, Newsroom.AntiforgeryToken(page), handler);
    }

    [GeneratedRegex("name=\"Version\" value=\"([^\"]+)\"")]
    private static partial Regex VersionField();

    [GeneratedRegex("name=\"ArticleVersion\" value=\"([^\"]+)\"")]
    private static partial Regex ArticleVersionField();
}
