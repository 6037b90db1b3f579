namespace Portal.Web.Mail;

public static class MailSetup
{
    /// <summary>The outbox (written by every kind that sends mail) and the newsroom's notifications.</summary>
    public static IServiceCollection AddPortalMail(this IServiceCollection services)
    {
        services.AddOptions<MailOptions>().BindConfiguration(MailOptions.Section);
        services.AddHttpContextAccessor();
        services.AddScoped<Outbox>();
        services.AddScoped<EditorNotifications>();
        return services;
    }
}
