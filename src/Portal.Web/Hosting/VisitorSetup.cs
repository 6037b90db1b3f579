using Portal.Web.Visitors;

namespace Portal.Web.Hosting;

public static class VisitorSetup
{
    public static IServiceCollection AddVisitorCounter(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<VisitorOptions>(configuration.GetSection(VisitorOptions.Section));
        services.AddSingleton<VisitCounter>();
        services.AddSingleton<NewVisitLimit>();
        services.AddScoped<VisitStore>();
        services.AddSingleton<VisitCounterFlusher>();
        services.AddHostedService(sp => sp.GetRequiredService<VisitCounterFlusher>());
        return services;
    }

    /// <summary>Placed after static files, so assets never reach it, and before the pages it counts.</summary>
    public static IApplicationBuilder UseVisitorCounter(this IApplicationBuilder app) =>
        app.UseMiddleware<VisitCountingMiddleware>();
}
