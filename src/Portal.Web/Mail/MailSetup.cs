using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Portal.Web.Mail;

public static class MailSetup
{
    /// <summary>The outbox (written by every kind that sends mail), its sender, its newsroom list and the newsroom's notifications.</summary>
    public static IServiceCollection AddPortalMail(this IServiceCollection services)
    {
        services.AddOptions<MailOptions>().BindConfiguration(MailOptions.Section);
        services.AddHttpContextAccessor();
        services.AddScoped<Outbox>();
        services.AddScoped<EditorNotifications>();
        services.AddScoped<OutboxList>();
        services.AddScoped<NotificationPreference>();
        services.AddSingleton<OutboxSignal>();
        services.AddSingleton<IInterceptor>(sp => sp.GetRequiredService<OutboxSignal>());
        services.AddHostedService<OutboxSender>();
        return services;
    }
}
