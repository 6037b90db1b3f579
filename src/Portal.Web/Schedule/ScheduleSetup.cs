using Portal.Web.Publishing;

namespace Portal.Web.Schedule;

public static class ScheduleSetup
{
    /// <summary>The leaders' work schedule ("Lịch công tác"): its services, its place in the sitemap and the page cache.</summary>
    public static IServiceCollection AddLeadersSchedule(this IServiceCollection services)
    {
        services.AddScoped<PublishedSchedule>();
        services.AddScoped<NewsroomSchedule>();
        services.AddScoped<ScheduleWorkflow>();
        services.AddScoped<ScheduleService>();
        services.AddScoped<ScheduleSeeds>();
        services.AddPublishedKind<PublishedScheduleKind>();
        services.AddCacheTagSource<ScheduleCacheTags>();
        return services;
    }
}
