namespace Portal.Web.Importing;

/// <summary><c>help</c>, <c>-h</c>, <c>--help</c>: the commands of <see cref="PortalCommand"/>, printed before anything is built.</summary>
public static class CommandHelp
{
    private static readonly string[] HelpWords = ["help", "-h", "--help", "-?", "/?"];

    /// <summary>Every command, one line each: what <c>help</c> prints.</summary>
    public const string Text = """
        usage: dotnet run --project src/Portal.Web -- [COMMAND]   (published: dotnet Portal.Web.dll [COMMAND])
        Without a command the portal serves the site (--urls http://127.0.0.1:5080 to choose the address). Commands:
          migrate [--script [--idempotent]]            apply the database migrations and exit (--script prints their SQL instead)
          import FILE [FILE...]                        import articles from the old portal's export files
          import-documents FILE.csv [--files FOLDER]   import legal documents and their files from a CSV
          users add --email ADDRESS --role ROLE [--role ROLE] [--name "NAME"]   create a newsroom account (password from input)
          generate [--articles N] [--categories N] [--documents N] [--seed N]   add made-up articles and documents for trials
          backup FILE                                  an online copy of the SQLite database, safe while the site runs
          help, -h, --help                             this list
        """;

    /// <summary>True when the first argument asks for the list of commands: nothing is built or started for it.</summary>
    public static bool IsHelp(string[] args) => args.Length > 0 && HelpWords.Contains(args[0], StringComparer.OrdinalIgnoreCase);

    public static int WriteHelp(TextWriter output)
    {
        output.WriteLine(Text);
        return 0;
    }
}
