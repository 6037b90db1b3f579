using Portal.Web.Data;

namespace Portal.Web.Importing;

/// <summary>
/// The command-line side of the app: <c>migrate</c> and <c>import &lt;files...&gt;</c>. They use the same
/// configuration and services as the site, and exit with 0 only when everything they were asked did succeed.
/// </summary>
public sealed class PortalCommand
{
    private static readonly string[] Names = ["migrate", "import"];

    private readonly string _name;
    private readonly string[] _arguments;

    private PortalCommand(string name, string[] arguments) => (_name, _arguments) = (name, arguments);

    /// <summary>The command named by the first argument, or null when the app should serve the site.</summary>
    public static PortalCommand? Find(string[] args) =>
        args.Length > 0 && Names.Contains(args[0], StringComparer.OrdinalIgnoreCase)
            ? new PortalCommand(args[0].ToLowerInvariant(), args[1..])
            : null;

    public async Task<int> RunAsync(IServiceProvider services, TextWriter output)
    {
        await using var scope = services.CreateAsyncScope();
        var provider = scope.ServiceProvider;
        await provider.GetRequiredService<DatabaseMigrator>().MigrateAsync();
        return _name switch
        {
            "migrate" => 0,
            "import" => await ImportAsync(provider.GetRequiredService<LegacyImporter>(), output),
            _ => 2,
        };
    }

    private async Task<int> ImportAsync(LegacyImporter importer, TextWriter output)
    {
        if (_arguments.Length == 0)
        {
            await output.WriteLineAsync("usage: import <legacy-export.txt> [more files...]");
            return 2;
        }
        var failed = 0;
        foreach (var file in _arguments)
        {
            var outcome = await importer.ImportFileAsync(file);
            failed += outcome.Succeeded ? 0 : 1;
            await output.WriteLineAsync($"{(outcome.Succeeded ? "ok    " : "FAILED")} {file}: {outcome.Message}");
        }
        await output.WriteLineAsync($"{_arguments.Length - failed} of {_arguments.Length} file(s) imported or already present.");
        return failed == 0 ? 0 : 1;
    }
}
