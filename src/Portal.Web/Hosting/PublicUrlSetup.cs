using Portal.Web.Feeds;

namespace Portal.Web.Hosting;

public static class PublicUrlSetup
{
    /// <summary>
    /// The public address, read once: a value that is no address stops the start (the check below says why).
    /// </summary>
    public static IServiceCollection AddPortalPublicUrls(this IServiceCollection services) =>
        services.AddSingleton(sp => PublicUrls.Read(sp.GetRequiredService<IConfiguration>(), out var problem)
            ?? throw new InvalidOperationException(problem));

    /// <summary>
    /// False, with one line on <paramref name="error"/>, when <c>Portal:PublicUrl</c> is no public address: every
    /// canonical link, feed and e-mailed link would carry it, so the portal does not serve with it.
    /// </summary>
    public static bool TryCheckPublicUrl(this WebApplication app, TextWriter error)
    {
        if (PublicUrls.Read(app.Configuration, out var problem) is not null)
        {
            return true;
        }
        error.WriteLine(problem);
        return false;
    }
}
