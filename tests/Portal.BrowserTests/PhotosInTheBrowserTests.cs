using Microsoft.Playwright;

namespace Portal.BrowserTests;

/// <summary>The photos of an article as a reader's browser handles them: the cover at once, the rest when near, nothing moving.</summary>
[Collection(PortalServerGroup.Name)]
public sealed class PhotosInTheBrowserTests(PortalServer server)
{
    private const string ArticlePath = "/bai-viet/25/hoi-nghi-truc-tuyen-tong-ket-cong-tac-dan-van-toan-quoc-nam-2018";

    // Layout shifts not caused by the reader, summed as Lighthouse's cumulative layout shift does (within one page load).
    private const string LayoutShift = """
        new Promise(resolve => {
            let total = 0;
            new PerformanceObserver(list => { for (const e of list.getEntries()) if (!e.hadRecentInput) total += e.value; })
                .observe({ type: 'layout-shift', buffered: true });
            setTimeout(() => resolve(total), 500);
        })
        """;

    [Theory]
    [InlineData(360)]
    [InlineData(1280)]
    public async Task TheCoverLoadsAtOnceInWebpAndNothingShiftsAsPhotosArrive(int width)
    {
        var watched = await server.NewPageAsync(width);
        await watched.GoAsync(ArticlePath);
        await watched.Page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        var cover = watched.Page.Locator("figure.article-cover img");
        Assert.True(await cover.EvaluateAsync<bool>("img => img.complete && img.naturalWidth > 0"), "the cover did not load");
        Assert.EndsWith(".webp", await cover.EvaluateAsync<string>("img => img.currentSrc"));
        var drawnWidth = await cover.EvaluateAsync<double>("img => img.getBoundingClientRect().width");
        Assert.InRange(await cover.EvaluateAsync<int>("img => img.naturalWidth"), drawnWidth, drawnWidth * 3);
        Assert.Equal("lazy", await watched.Page.Locator("figure.article-photo img").GetAttributeAsync("loading"));
        Assert.InRange(await watched.Page.EvaluateAsync<double>(LayoutShift), 0, 0.05);
        Assert.Empty(watched.Problems);
        await watched.Page.Context.CloseAsync();
    }

    [Theory]
    [InlineData(360)]
    [InlineData(1280)]
    public async Task TheHomePagesThumbnailsKeepTheirShapeAndNothingShifts(int width)
    {
        var watched = await server.NewPageAsync(width);
        await watched.GoAsync("/");
        await watched.Page.Mouse.WheelAsync(0, 5000);
        await watched.Page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        var thumbnails = watched.Page.Locator(".article-thumbnail img");
        Assert.True(await thumbnails.CountAsync() >= 1);
        var box = await thumbnails.First.BoundingBoxAsync();
        Assert.NotNull(box);
        Assert.InRange(box.Width / box.Height, 1.45, 1.55);
        Assert.InRange(box.Width, 90, 170);
        Assert.InRange(await watched.Page.EvaluateAsync<double>(LayoutShift), 0, 0.05);
        Assert.Empty(watched.Problems);
        await watched.Page.Context.CloseAsync();
    }
}
