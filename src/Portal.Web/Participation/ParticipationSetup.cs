namespace Portal.Web.Participation;

public static class ParticipationSetup
{
    /// <summary>What the citizens' forms share: the guard, the confirmation page's targets, the personal-data sources.</summary>
    public static IServiceCollection AddParticipation(this IServiceCollection services)
    {
        services.AddScoped<ParticipationGuard>();
        return services;
    }
}
