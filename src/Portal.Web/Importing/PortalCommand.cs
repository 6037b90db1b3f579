using Portal.Web.Accounts;
using Portal.Web.Articles;
using Portal.Web.Data;

namespace Portal.Web.Importing;

/// <summary>
/// The command-line side of the app: <c>migrate [--script [--idempotent]]</c>, <c>import &lt;files...&gt;</c>,
/// <c>import-documents FILE.csv [--files FOLDER]</c>, <c>users add --email ADDRESS --role ROLE [--name NAME]</c>,
/// <c>generate --articles N --categories N [--documents N] [--seed N]</c> and <c>backup FILE</c>. They use the same configuration and services as the site, and exit with 0 only when
/// everything they were asked did succeed; 2 means the words were wrong.
/// </summary>
public sealed class PortalCommand
{
    private static readonly string[] Names = ["migrate", "import", "import-documents", "users", "generate", "backup"];

    private readonly string _name;
    private readonly string[] _arguments;

    private PortalCommand(string name, string[] arguments) => (_name, _arguments) = (name, arguments);

    /// <summary>The command named by the first argument, or null when the app should serve the site.</summary>
    public static PortalCommand? Find(string[] args) =>
        args.Length > 0 && Names.Contains(args[0], StringComparer.OrdinalIgnoreCase)
            ? new PortalCommand(args[0].ToLowerInvariant(), args[1..])
            : null;

    // A password is read from input: a line of standard input, or a prompt with no echo.
    public async Task<int> RunAsync(IServiceProvider services, TextWriter output, TextReader input)
    {
        await using var scope = services.CreateAsyncScope();
        var provider = scope.ServiceProvider;
        // These two leave the database as it is: a copy taken before an upgrade, and the upgrade's SQL for a DBA.
        switch (_name)
        {
            case "backup":
                return await BackupAsync(provider.GetRequiredService<DatabaseBackup>(), output);
            case "migrate" when _arguments.Length > 0:
                return await ScriptAsync(provider.GetRequiredService<DatabaseMigrator>(), output);
        }
        await provider.GetRequiredService<DatabaseMigrator>().MigrateAsync();
        return _name switch
        {
            "migrate" => 0,
            "import" => await ImportAsync(provider.GetRequiredService<LegacyImporter>(), output),
            "import-documents" => await ImportDocumentsAsync(provider.GetRequiredService<LegalDocumentImporter>(), output),
            "users" => await UsersAsync(provider.GetRequiredService<UserAccounts>(), output, input),
            "generate" => await GenerateAsync(provider, output),
            _ => 2,
        };
    }

    private async Task<int> BackupAsync(DatabaseBackup backup, TextWriter output)
    {
        if (_arguments.Length != 1 || _arguments[0].StartsWith("--", StringComparison.Ordinal))
        {
            await output.WriteLineAsync("usage: backup FILE   (an online copy of the SQLite database, safe while the site runs)");
            return 2;
        }
        var outcome = backup.BackUp(Path.GetFullPath(_arguments[0], OperatorDirectory()));
        await output.WriteLineAsync(outcome.Message);
        return outcome.Succeeded ? 0 : 1;
    }

    /// <summary>
    /// Where the operator stands. <c>dotnet run --project</c> starts a web project in its own folder (the SDK's
    /// RunWorkingDirectory), so a relative path would land in src/Portal.Web; the shell's PWD, which it passes on,
    /// is where the command was typed. Started any other way, the current directory is that place.
    /// </summary>
    private static string OperatorDirectory()
    {
        var shell = Environment.GetEnvironmentVariable("PWD");
        var throughDotnetRun = Environment.GetEnvironmentVariable("DOTNET_LAUNCH_PROFILE") is not null;
        return throughDotnetRun && shell is not null && Path.IsPathFullyQualified(shell) && Directory.Exists(shell)
            ? shell
            : Directory.GetCurrentDirectory();
    }

    private async Task<int> ScriptAsync(DatabaseMigrator migrator, TextWriter output)
    {
        var idempotent = _arguments.Contains("--idempotent", StringComparer.Ordinal);
        if (_arguments[0] != "--script" || _arguments.Length > 2 || (_arguments.Length == 2 && !idempotent))
        {
            await output.WriteLineAsync("usage: migrate [--script [--idempotent]]   (--script prints the SQL of every migration instead of applying it)");
            return 2;
        }
        try
        {
            await output.WriteAsync(migrator.Script(idempotent));
            return 0;
        }
        catch (NotSupportedException exception)
        {
            await output.WriteLineAsync(exception.Message);
            return 1;
        }
    }

    private async Task<int> UsersAsync(UserAccounts accounts, TextWriter output, TextReader input)
    {
        const string Usage = "usage: users add --email ADDRESS --role Administrator|Approver|Editor [--role ...] [--name \"DISPLAY NAME\"]\n" +
            "The password is read from standard input, or asked for; never give it as an argument.";
        if (_arguments.Length == 0 || _arguments[0] != "add" || !TryReadOptions(_arguments[1..], out var options)
            || !options.TryGetValue("email", out var emails) || emails.Count != 1 || !options.TryGetValue("role", out var roles))
        {
            await output.WriteLineAsync(Usage);
            return 2;
        }
        if (options.Keys.Any(k => k is not ("email" or "role" or "name")))
        {
            await output.WriteLineAsync($"Unknown option. {Usage}");
            return 2;
        }

        await accounts.EnsureRolesAsync();
        var password = ReadPassword(output, input);
        if (string.IsNullOrEmpty(password))
        {
            await output.WriteLineAsync("No password was given: nothing was created.");
            return 1;
        }
        var name = options.TryGetValue("name", out var names) ? names[^1] : "";
        var (user, result) = await accounts.CreateAsync(emails[0], name, password, roles.SelectMany(r => r.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)));
        if (user is null)
        {
            foreach (var error in result.Errors)
            {
                await output.WriteLineAsync($"FAILED: {error.Description}");
            }
            return 1;
        }
        await output.WriteLineAsync($"Created {user.Email} with the role(s) {string.Join(", ", roles)}.");
        return 0;
    }

    private async Task<int> GenerateAsync(IServiceProvider provider, TextWriter output)
    {
        static int? Number(Dictionary<string, List<string>> options, string key, int fallback) =>
            !options.TryGetValue(key, out var values) ? fallback
            : int.TryParse(values[^1], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : null;
        var valid = TryReadOptions(_arguments, out var options);
        // Documents alone (--documents without --articles) add no articles.
        var articles = Number(options, "articles", options.ContainsKey("documents") ? 0 : 1000);
        var documents = Number(options, "documents", 0);
        if (!valid || options.Keys.Any(k => k is not ("articles" or "categories" or "documents" or "seed"))
            || articles is not (>= 0 and <= 1_000_000) || documents is not (>= 0 and <= 1_000_000) || articles + documents == 0
            || Number(options, "categories", 20) is not (>= 1 and <= 200)
            || Number(options, "seed", 2026) is null)
        {
            await output.WriteLineAsync("usage: generate [--articles 0..1000000] [--categories 1..200] [--documents 0..1000000] [--seed N]");
            return 2;
        }
        var seed = Number(options, "seed", 2026)!.Value;
        var started = System.Diagnostics.Stopwatch.StartNew();
        // A new database gets the seeds first, as at a first start: the generated articles join a whole portal.
        await provider.GetRequiredService<DatabaseSeeder>().SeedIfEmptyAsync();
        if (articles > 0)
        {
            var count = await provider.GetRequiredService<ArticleGenerator>().GenerateAsync(articles.Value, Number(options, "categories", 20)!.Value, seed);
            await output.WriteLineAsync($"Generated {count} articles in {started.Elapsed.TotalSeconds:0.0} s.");
        }
        if (documents > 0)
        {
            started.Restart();
            var count = await provider.GetRequiredService<LegalDocumentGenerator>().GenerateAsync(documents.Value, seed);
            await output.WriteLineAsync($"Generated {count} legal documents in {started.Elapsed.TotalSeconds:0.0} s.");
        }
        return 0;
    }

    private static bool TryReadOptions(string[] words, out Dictionary<string, List<string>> options)
    {
        options = [];
        for (var i = 0; i < words.Length; i += 2)
        {
            if (!words[i].StartsWith("--", StringComparison.Ordinal) || i + 1 >= words.Length || words[i + 1].StartsWith("--", StringComparison.Ordinal))
            {
                return false;
            }
            var key = words[i][2..].ToLowerInvariant();
            if (!options.TryGetValue(key, out var values))
            {
                options[key] = values = [];
            }
            values.Add(words[i + 1]);
        }
        return true;
    }

    private static string? ReadPassword(TextWriter output, TextReader input)
    {
        if (!ReferenceEquals(input, Console.In) || Console.IsInputRedirected)
        {
            return input.ReadLine();
        }
        var first = Prompt(output, "Password: ");
        var second = Prompt(output, "Password again: ");
        if (first != second)
        {
            output.WriteLine("The two passwords differ.");
            return null;
        }
        return first;
    }

    private static string Prompt(TextWriter output, string label)
    {
        output.Write(label);
        var typed = new System.Text.StringBuilder();
        for (var key = Console.ReadKey(intercept: true); key.Key != ConsoleKey.Enter; key = Console.ReadKey(intercept: true))
        {
            if (key.Key == ConsoleKey.Backspace)
            {
                typed.Length = Math.Max(0, typed.Length - 1);
            }
            else if (!char.IsControl(key.KeyChar))
            {
                typed.Append(key.KeyChar);
            }
        }
        output.WriteLine();
        return typed.ToString();
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

    private async Task<int> ImportDocumentsAsync(LegalDocumentImporter importer, TextWriter output)
    {
        const string Usage = "usage: import-documents FILE.csv [--files FOLDER]   (the columns: docs/operations.md, \"Importing legal documents\")";
        var options = new Dictionary<string, List<string>>();
        if (_arguments.Length is not (1 or 3) || _arguments[0].StartsWith("--", StringComparison.Ordinal)
            || !TryReadOptions(_arguments[1..], out options) || options.Keys.Any(k => k != "files"))
        {
            await output.WriteLineAsync(Usage);
            return 2;
        }
        var csv = _arguments[0];
        var folder = options.TryGetValue("files", out var folders) ? folders[^1] : Path.GetDirectoryName(Path.GetFullPath(csv))!;
        if (!File.Exists(csv) || !Directory.Exists(folder))
        {
            await output.WriteLineAsync(File.Exists(csv) ? $"No folder {folder}." : $"No file {csv}.");
            return 1;
        }
        await using var stream = File.OpenRead(csv);
        var report = await importer.ImportAsync(stream, new FolderImportFiles(folder), ArticleService.SystemUser);
        if (report.FileRefusal is not null)
        {
            await output.WriteLineAsync($"FAILED {csv}: {report.FileRefusal}");
            return 1;
        }
        foreach (var problem in report.Problems)
        {
            await output.WriteLineAsync($"FAILED line {problem.Line}: {problem.Reason}");
        }
        await output.WriteLineAsync($"{report.Created} created, {report.Updated} updated, {report.Unchanged} unchanged, {report.Problems.Count} row(s) refused.");
        return report.Succeeded ? 0 : 1;
    }
}
