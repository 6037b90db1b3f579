using Portal.Web.Accounts;

namespace Portal.Tests.Integration.Caching;

/// <summary>A signed-in member of the newsroom never gets a cached page, and a page rendered for them is never stored.</summary>
[Trait("Database", "SqliteOnly")] // the bypass reads the sign-in cookie, whatever the database
public sealed class SignedInReadersBypassTheCache : IDisposable
{
    private readonly PortalFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task AnEditorGetsAFreshPageWhereACitizenGetsACachedOne()
    {
        using var citizen = _factory.CreateBrowser();
        using var editor = await _factory.SignedInAsync(Roles.Editor);
        await citizen.WarmAsync("/");

        var page = await editor.GetAsync("/");

        Assert.False(page.CameFromCache());
        Assert.True((await citizen.GetAsync("/")).CameFromCache());
    }

    [Fact]
    public async Task APageAnEditorOpenedFirstIsRenderedAgainForACitizen()
    {
        using var editor = await _factory.SignedInAsync(Roles.Editor);
        using var citizen = _factory.CreateBrowser();
        var (_, address, _, _) = await _factory.NewestArticleAsync();

        Assert.False((await editor.GetAsync(address)).CameFromCache());
        Assert.False((await editor.GetAsync(address)).CameFromCache());

        Assert.False((await citizen.GetAsync(address)).CameFromCache(), "the editor's page was stored");
        Assert.True((await citizen.GetAsync(address)).CameFromCache());
    }

    [Fact]
    public async Task TheNewsroomIsNeverCached()
    {
        using var editor = await _factory.SignedInAsync(Roles.Editor);
        using var anonymous = _factory.CreateBrowser();

        Assert.False((await editor.GetAsync("/admin/articles")).CameFromCache());
        Assert.False((await editor.GetAsync("/admin/articles")).CameFromCache());
        Assert.False((await anonymous.GetAsync("/admin/account/login")).CameFromCache());
        Assert.False((await anonymous.GetAsync("/admin/account/login")).CameFromCache());
    }
}
