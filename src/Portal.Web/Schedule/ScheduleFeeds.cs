using Microsoft.Extensions.Options;
using Portal.Web.Caching;
using Portal.Web.Feeds;
using Portal.Web.Hosting;

namespace Portal.Web.Schedule;

/// <summary>
/// The calendar feeds: all leaders (<c>/lich-cong-tac.ics</c>) and one per leader (<c>/lich-cong-tac/lanh-dao/12.ics</c>),
/// through the page cache like the portal's other feeds, evicted by any save of the schedule.
/// </summary>
public static class ScheduleFeeds
{
    private static readonly string[] GetOrHead = [HttpMethods.Get, HttpMethods.Head];

    public static IEndpointRouteBuilder MapScheduleFeeds(this IEndpointRouteBuilder app)
    {
        app.MapMethods(PublicUrls.ScheduleFeedRoute, GetOrHead, (HttpContext context, PublishedSchedule schedule, PublicUrls urls, IOptions<SiteOptions> site, TimeProvider time) =>
            FeedAsync(context, schedule, urls, time, $"Lịch công tác - {site.Value.Name}", null))
            .CacheOutput(PublicPagePolicy.Page);

        app.MapMethods(PublicUrls.LeaderScheduleFeedRoute, GetOrHead, async (int id, HttpContext context, PublishedSchedule schedule, PublicUrls urls, IOptions<SiteOptions> site, TimeProvider time) =>
        {
            var leader = await schedule.FindLeaderAsync(id, context.RequestAborted);
            return leader is null
                ? Results.NotFound()
                : await FeedAsync(context, schedule, urls, time, $"Lịch công tác của {leader.Name} - {site.Value.Name}", leader.Id);
        }).CacheOutput(PublicPagePolicy.Page);
        return app;
    }

    private static async Task<IResult> FeedAsync(HttpContext context, PublishedSchedule schedule, PublicUrls urls, TimeProvider time, string name, int? leaderId)
    {
        context.TagCachedPage(ScheduleCacheTags.Tag);
        var entries = await schedule.FeedAsync(leaderId, context.RequestAborted);
        var host = new Uri(urls.Absolute(context.Request, "/")).Host;
        var text = ScheduleCalendar.Write(name, host, entries,
            week => urls.Absolute(context.Request, ScheduleAddress.Of(week, leaderId)), time.GetUtcNow().UtcDateTime);
        return Results.Text(text, ScheduleCalendar.ContentType);
    }
}
