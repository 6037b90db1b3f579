using Microsoft.Extensions.DependencyInjection;
using Portal.Tests.Builders;
using Portal.Tests.Integration.Caching;
using Portal.Web.Caching;
using Portal.Web.Publishing;
using Portal.Web.Schedule;

namespace Portal.Tests.Integration.Schedule;

/// <summary>
/// This week's page, its print view and the feeds come from the page cache; any save of the schedule evicts them;
/// a page of another week or a leader is rendered each time; no cached page outlives the end of the week.
/// </summary>
public sealed class SchedulePagesAreCachedAndEvicted : IDisposable
{
    private readonly PortalFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task PublishingAnEntryEvictsTheWeekThePrintViewAndTheFeeds()
    {
        var thanh = await _factory.OfficialIdAsync("Nguyễn Văn Thành");
        var saved = (await _factory.SaveEntryAsync(ScheduleBook.Input(ScheduleBook.ThisWeek.Monday.AddDays(5), "08:00", null, [thanh]))).Saved();
        using var citizen = _factory.CreateBrowser();
        var addresses = new[] { "/lich-cong-tac", "/lich-cong-tac/ban-in", "/lich-cong-tac.ics", $"/lich-cong-tac/lanh-dao/{thanh}.ics" };
        foreach (var address in addresses)
        {
            Assert.DoesNotContain(saved.Content, await citizen.WarmAsync(address));
        }
        var filtered = await citizen.GetAsync($"/lich-cong-tac?lanh-dao={thanh}");
        Assert.False((await citizen.GetAsync($"/lich-cong-tac?lanh-dao={thanh}")).CameFromCache());
        Assert.True(filtered.IsSuccessStatusCode);

        await _factory.WithAsync<ScheduleWorkflow, WorkflowResult>(w => w.PublishAsync(saved.Id, saved.Version, null, "người duyệt"));

        foreach (var address in addresses)
        {
            var response = await citizen.GetAsync(address);
            Assert.False(response.CameFromCache(), address);
            Assert.Contains(saved.Content, await response.Content.ReadAsStringAsync());
        }
    }

    [Fact]
    public async Task NoCachedPageOutlivesTheEndOfTheWeekInVietnamTime()
    {
        var now = PortalFactory.Now.UtcDateTime;
        var next = await _factory.WithAsync<IEnumerable<IPublishedKind>, DateTime?>(kinds =>
            kinds.OfType<PublishedScheduleKind>().Single().NextPublicationAsync(now, CancellationToken.None));
        // Saturday 28/11/2026 10:00 in Vietnam: the week ends at midnight between Sunday and Monday, 38 hours on.
        Assert.Equal(now.AddHours(38), next);
        await using var scope = _factory.Services.CreateAsyncScope();
        var timeToLive = await scope.ServiceProvider.GetRequiredService<PublicationSchedule>().TimeToLiveAsync(TimeSpan.FromDays(30));
        Assert.True(timeToLive <= TimeSpan.FromHours(38));
    }
}
