using System.Net;
using Portal.Tests.Builders;
using Portal.Web.Accounts;

namespace Portal.Tests.Integration.Featured;

/// <summary>What featuring refuses, each with a Vietnamese message and the typed text kept, or a 403/404/400.</summary>
public sealed class FeaturingIsRefusedWithAClearMessage : IDisposable
{
    private readonly PortalFactory _factory = new();

    public FeaturingIsRefusedWithAClearMessage() => _factory.Settings["Portal:Home:FeaturedCount"] = "2";

    public void Dispose() => _factory.Dispose();

    [Theory]
    [InlineData("31/04/2027 08:00", "không hợp lệ")]
    [InlineData("29/02/2027 08:00", "không hợp lệ")]
    [InlineData("12/31/2027 08:00", "không hợp lệ")]
    [InlineData("05/01/2027 24:00", "không hợp lệ")]
    [InlineData("ngày mai", "không hợp lệ")]
    [InlineData("", "không hợp lệ")]
    [InlineData("01/01/2020 08:00", "phải sau thời điểm hiện tại")]
    public async Task ABadOrPastEndTime(string typed, string message)
    {
        using var approver = await _factory.SignedInAsync(Roles.Approver);
        var article = (await _factory.VisibleArticlesAsync())[0];

        var response = await approver.FeatureAsync(article.Id, typed);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains(message, Html.Text(html), StringComparison.Ordinal);
        if (typed.Length > 0)
        {
            // What was typed is shown again, as typed (the page encodes no Vietnamese letter).
            Assert.Contains($"name=\"FeaturedUntil\" type=\"text\" value=\"{typed}\"", html, StringComparison.Ordinal);
        }
        Assert.Equal(0, await _factory.WithDbAsync(db => Task.FromResult(db.FeaturedArticles.Count())));
    }

    [Fact]
    public async Task AFullListUnpublishedOrScheduledArticlesAndUnknownIds()
    {
        using var approver = await _factory.SignedInAsync(Roles.Approver);
        using var editor = await _factory.SignedInAsync(Roles.Editor);
        var articles = await _factory.VisibleArticlesAsync();
        var until = _factory.TypedIn(TimeSpan.FromDays(1));
        await approver.FeatureAsync(articles[0].Id, until);
        await approver.FeatureAsync(articles[1].Id, until);

        var full = await approver.FeatureAsync(articles[2].Id, until);
        Assert.Contains("đã đủ 2 bài", Html.Text(await full.Content.ReadAsStringAsync()), StringComparison.Ordinal);

        var draft = await editor.WriteAsync(new ArticleFormBuilder(), submit: true);
        var notPublished = await approver.FeatureAsync(draft, until);
        Assert.Contains("Chỉ bài đang hiện trên cổng", Html.Text(await notPublished.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await approver.ReviewAsync(draft, "Schedule", new() { ["PublishAt"] = _factory.TypedIn(TimeSpan.FromHours(2)) })).StatusCode);
        var scheduled = await approver.FeatureAsync(draft, until);
        Assert.Contains("Chỉ bài đang hiện trên cổng", Html.Text(await scheduled.Content.ReadAsStringAsync()), StringComparison.Ordinal);

        var page = await approver.GetStringAsync($"/admin/articles/review/{articles[0].Id}");
        var token = Newsroom.AntiforgeryToken(page);
        Assert.Equal(HttpStatusCode.NotFound, (await approver.PostFormAsync("/admin/articles/review/999999", new() { ["FeaturedUntil"] = until }, token, "Feature")).StatusCode);
        var list = await approver.GetStringAsync("/admin/featured");
        foreach (var handler in new[] { "Unpin", "MoveUp", "MoveDown", "Until" })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await approver.PostFormAsync("/admin/featured?id=999999", new() { ["Until"] = until }, Newsroom.AntiforgeryToken(list), handler)).StatusCode);
        }
        Assert.Equal(2, await _factory.WithDbAsync(db => Task.FromResult(db.FeaturedArticles.Count())));
    }

    [Fact]
    public async Task AnEditorOrAFormWithoutItsAntiforgeryToken()
    {
        using var approver = await _factory.SignedInAsync(Roles.Approver);
        using var editor = await _factory.SignedInAsync(Roles.Editor);
        var article = (await _factory.VisibleArticlesAsync())[0];
        var until = _factory.TypedIn(TimeSpan.FromDays(1));

        Assert.Equal(HttpStatusCode.Forbidden, (await editor.GetAsync("/admin/featured")).StatusCode);
        var editorsPage = await editor.GetStringAsync("/admin/articles");
        Assert.Equal(HttpStatusCode.Forbidden, (await editor.PostFormAsync($"/admin/articles/review/{article.Id}", new() { ["FeaturedUntil"] = until }, Newsroom.AntiforgeryToken(editorsPage), "Feature")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await approver.PostFormAsync($"/admin/articles/review/{article.Id}", new() { ["FeaturedUntil"] = until }, null, "Feature")).StatusCode);

        Assert.Equal(0, await _factory.WithDbAsync(db => Task.FromResult(db.FeaturedArticles.Count())));
    }

    [Fact]
    public async Task AChangedEndTimeThatIsBadKeepsWhatWasTyped()
    {
        using var approver = await _factory.SignedInAsync(Roles.Approver);
        var article = (await _factory.VisibleArticlesAsync())[0];
        await approver.FeatureAsync(article.Id, _factory.TypedIn(TimeSpan.FromDays(1)));
        var id = await _factory.WithDbAsync(db => Task.FromResult(db.FeaturedArticles.Single().Id));
        var list = await approver.GetStringAsync("/admin/featured");

        var refused = await approver.PostFormAsync($"/admin/featured?id={id}", new() { ["Until"] = "32/12/2027 08:00" }, Newsroom.AntiforgeryToken(list), "Until");
        var html = await refused.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Thời điểm kết thúc không hợp lệ", Html.Text(html), StringComparison.Ordinal);
        Assert.Contains("value=\"32/12/2027 08:00\"", html, StringComparison.Ordinal);

        var changed = await approver.PostFormAsync($"/admin/featured?id={id}", new() { ["Until"] = "05/01/2027 08:30" }, Newsroom.AntiforgeryToken(list), "Until");
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        Assert.Equal(new DateTime(2027, 1, 5, 1, 30, 0, DateTimeKind.Utc), await _factory.WithDbAsync(db => Task.FromResult(db.FeaturedArticles.Single().Until)));
    }
}
