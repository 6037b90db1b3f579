using System.Net;
using Microsoft.EntityFrameworkCore;
using Portal.Tests.Builders;

namespace Portal.Tests.Integration.Writing;

/// <summary>The autosave handler stores nothing for a forged, anonymous, oversized or misdirected request.</summary>
public sealed class TheAutosaveRefusesBadRequests(ArticleEditorTests.Fixture fixture) : IClassFixture<ArticleEditorTests.Fixture>
{
    private readonly PortalFactory _factory = fixture.Factory;
    private readonly HttpClient _editor = fixture.Editor;

    private Task<int> AutosavesAsync() => _factory.WithDbAsync(db => db.ArticleAutosaves.CountAsync());

    [Fact]
    public async Task WithoutTheAntiforgeryTokenNothingIsKept()
    {
        var before = await AutosavesAsync();

        var response = await _editor.CallAsync(null, "Autosave", new ArticleFormBuilder().Build(), withToken: false);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(before, await AutosavesAsync());
    }

    [Fact]
    public async Task ForAnArticleThatDoesNotExistTheAnswerIsNotFound()
    {
        var before = await AutosavesAsync();
        var page = await _editor.GetStringAsync("/admin/articles/edit");

        var response = await _editor.PostFormAsync("/admin/articles/edit/987654", new ArticleFormBuilder().Build(), Newsroom.AntiforgeryToken(page), "Autosave", multipart: true);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(before, await AutosavesAsync());
    }

    [Fact]
    public async Task AnAnonymousVisitorIsSentToSignIn()
    {
        var before = await AutosavesAsync();
        using var anonymous = _factory.CreateBrowser();

        var response = await anonymous.PostFormAsync("/admin/articles/edit", new ArticleFormBuilder().Build(), null, "Autosave", multipart: true);

        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(before, await AutosavesAsync());
    }

    [Fact]
    public async Task AFieldPastTheFormsLimitIsRefused()
    {
        var before = await AutosavesAsync();

        var response = await _editor.AutosaveAsync(null, new ArticleFormBuilder { Title = new string('Â', 300) });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("chưa tự động lưu", await response.Content.ReadAsStringAsync());
        Assert.Equal(before, await AutosavesAsync());
    }
}
