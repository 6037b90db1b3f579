using System.Globalization;
using System.Net;
using Portal.Tests.Builders;
using Portal.Web.Accounts;

namespace Portal.Tests.Integration.Caching;

/// <summary>A change in the newsroom shows on the cached public pages at once, not when they expire.</summary>
public sealed class PublishingEvictsTheCachedPages : IDisposable
{
    private readonly PortalFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task APublishedArticleIsOnTheCachedHomeAndCategoryPagesAtOnce()
    {
        using var editor = await _factory.SignedInAsync(Roles.Editor);
        using var approver = await _factory.SignedInAsync(Roles.Approver);
        using var citizen = _factory.CreateBrowser();
        var form = new ArticleFormBuilder { CategoryId = (await _factory.CategoryIdAsync("tin-tuc-su-kien")).ToString(CultureInfo.InvariantCulture) };
        var id = await editor.WriteAsync(form, submit: true);
        Assert.DoesNotContain(form.Title, await citizen.WarmAsync("/"));
        Assert.DoesNotContain(form.Title, await citizen.WarmAsync("/chuyen-muc/tin-tuc-su-kien"));
        Assert.DoesNotContain(form.Title, await citizen.WarmAsync("/feed.xml"));

        Assert.Equal(HttpStatusCode.Redirect, (await approver.ReviewAsync(id, "Publish")).StatusCode);

        foreach (var url in new[] { "/", "/chuyen-muc/tin-tuc-su-kien", "/feed.xml" })
        {
            var page = await citizen.GetAsync(url);
            Assert.False(page.CameFromCache(), $"{url} still came from the cache");
            Assert.Contains(form.Title, await page.Content.ReadAsStringAsync());
        }
    }

    [Fact]
    public async Task AnUnpublishedArticleLeavesItsCachedPageAndTheListsAtOnce()
    {
        using var approver = await _factory.SignedInAsync(Roles.Approver);
        using var citizen = _factory.CreateBrowser();
        var (id, address, _, categorySlug) = await _factory.NewestArticleAsync();
        var title = (await _factory.ArticleAsync(id)).Title;
        await citizen.WarmAsync(address);
        await citizen.WarmAsync(address + "/ban-in");
        Assert.Contains(title, await citizen.WarmAsync("/"));
        Assert.Contains(title, await citizen.WarmAsync($"/chuyen-muc/{categorySlug}"));

        Assert.Equal(HttpStatusCode.Redirect, (await approver.ReviewAsync(id, "Unpublish")).StatusCode);

        Assert.Equal(HttpStatusCode.NotFound, (await citizen.GetAsync(address)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await citizen.GetAsync(address + "/ban-in")).StatusCode);
        Assert.DoesNotContain(title, await citizen.GetStringAsync("/"));
        Assert.DoesNotContain(title, await citizen.GetStringAsync($"/chuyen-muc/{categorySlug}"));
    }

    [Fact]
    public async Task AnArticleOfAnotherCategoryStaysCachedWhenOneIsPublished()
    {
        using var editor = await _factory.SignedInAsync(Roles.Editor);
        using var approver = await _factory.SignedInAsync(Roles.Approver);
        using var citizen = _factory.CreateBrowser();
        var (_, address, categoryId, _) = await _factory.NewestArticleAsync();
        var other = await _factory.WithDbAsync(db => Task.FromResult(db.Categories.First(c => c.Id != categoryId)));
        var id = await editor.WriteAsync(new ArticleFormBuilder { CategoryId = other.Id.ToString(CultureInfo.InvariantCulture) }, submit: true);
        await citizen.WarmAsync(address);
        await citizen.WarmAsync($"/chuyen-muc/{other.Slug}");

        Assert.Equal(HttpStatusCode.Redirect, (await approver.ReviewAsync(id, "Publish")).StatusCode);

        Assert.True((await citizen.GetAsync(address)).CameFromCache(), "an article of another category was evicted");
        Assert.False((await citizen.GetAsync($"/chuyen-muc/{other.Slug}")).CameFromCache(), "the article's own category page was not evicted");
    }

    [Fact]
    public async Task RenamingACategoryShowsInTheMenuOfEveryCachedPage()
    {
        using var administrator = await _factory.SignedInAsync(Roles.Administrator);
        using var citizen = _factory.CreateBrowser();
        var (_, address, categoryId, _) = await _factory.NewestArticleAsync();
        await citizen.WarmAsync("/");
        await citizen.WarmAsync(address);

        var renamed = await administrator.SubmitFormAsync(CategoryAdmin.EditUrl(categoryId), CategoryAdmin.Form("Chuyên mục đã đổi tên", "chuyen-muc-da-doi-ten", "1"));
        Assert.Equal(HttpStatusCode.Redirect, renamed.StatusCode);

        Assert.Contains("Chuyên mục đã đổi tên", await citizen.GetStringAsync("/"));
        Assert.Contains("Chuyên mục đã đổi tên", await citizen.GetStringAsync(address));
    }
}
