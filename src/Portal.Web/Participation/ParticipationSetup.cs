namespace Portal.Web.Participation;

public static class ParticipationSetup
{
    /// <summary>What the citizens' forms share: the guard, the confirmation page's targets, the personal-data sources.</summary>
    public static IServiceCollection AddParticipation(this IServiceCollection services)
    {
        services.AddOptions<ParticipationOptions>().BindConfiguration(ParticipationOptions.Section);
        services.AddScoped<ParticipationGuard>();
        // Each kind adds its IConfirmationTarget and IPersonalDataSource; these ask them all.
        services.AddScoped<Confirmations>();
        services.AddScoped<PersonalDataRequests>();
        services.AddSingleton<PersonalDataRetention>();
        services.AddHostedService(provider => provider.GetRequiredService<PersonalDataRetention>());
        return services;
    }
}
