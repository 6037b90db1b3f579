using Portal.Web.Feeds;

namespace Portal.Web.Hosting;

public static class StartChecks
{
    /// <summary>
    /// What must hold before the first request, in order: a public address that is an address (checked before the
    /// database is touched), then the schema and seeds in place. Null when the portal may serve; else the exit code,
    /// after one message on <paramref name="error"/> saying what to fix.
    /// </summary>
    public static async Task<int?> PrepareToServeAsync(this WebApplication app, TextWriter error)
    {
        if (!app.TryCheckPublicUrl(error))
        {
            return PublicUrls.InvalidSettingExitCode;
        }
        if (!await app.TryMigrateAndSeedAsync(error))
        {
            return DataSetup.DatabaseUnusableExitCode;
        }
        return null;
    }
}
