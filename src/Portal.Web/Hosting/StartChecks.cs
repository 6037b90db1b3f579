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

    /// <summary>The exit code of a start whose address is taken by another program (docs/operations.md).</summary>
    public const int AddressInUseExitCode = 4;

    /// <summary>
    /// Serves until stopped. An address another program holds is the operator's to fix, not a fault: one line on
    /// <paramref name="error"/> saying which address and what to do, and <see cref="AddressInUseExitCode"/>. The host's
    /// own report of it, a stack trace, is filtered from the log (<see cref="IsAddressInUse"/>).
    /// </summary>
    public static async Task<int> RunOrExplainAsync(this WebApplication app, TextWriter error)
    {
        try
        {
            await app.RunAsync();
            return 0;
        }
        catch (Exception exception) when (IsAddressInUse(exception))
        {
            await error.WriteLineAsync(
                $"The portal cannot start: {exception.Message.TrimEnd('.')}. Another program (or another copy of the portal) is " +
                "listening there: stop it, or choose another address with --urls or ASPNETCORE_URLS. " +
                $"Exit code {AddressInUseExitCode}.");
            return AddressInUseExitCode;
        }
    }

    public static bool IsAddressInUse(Exception? exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (current is Microsoft.AspNetCore.Connections.AddressInUseException)
            {
                return true;
            }
        }
        return false;
    }
}
