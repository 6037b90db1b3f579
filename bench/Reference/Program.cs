// The reference for the uncached article page (issue 18): the portal's article page, same markup and layout, as
// a minimal Razor Pages app serves it: one query a page on the same SQLite file (read-only, pooled), and the
// layout's data (categories, site links, footer links, visitor total) read once at start. bench/run.sh measures
// the portal with its cache off against it, on the same random addresses, in the same run.
//
//   dotnet Reference.dll --database FILE --urls http://127.0.0.1:PORT

using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.WebEncoders;
using Portal.Bench.Reference;

var builder = WebApplication.CreateBuilder(args);
// As the portal: Kestrel's defaults, no per-request Information lines, Vietnamese letters written as letters.
builder.Logging.SetMinimumLevel(LogLevel.Warning);
var database = builder.Configuration["database"];
if (string.IsNullOrEmpty(database) || !File.Exists(database))
{
    Console.Error.WriteLine("usage: Reference --database FILE [--urls http://127.0.0.1:PORT]");
    return 2;
}
var connectionString = new SqliteConnectionStringBuilder { DataSource = database, Mode = SqliteOpenMode.ReadOnly, Pooling = true }.ToString();
builder.Services.AddSingleton(new ArticleReader(connectionString));
builder.Services.AddSingleton(await LayoutData.ReadAsync(connectionString));
builder.Services.Configure<WebEncoderOptions>(options => options.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
builder.Services.AddRazorPages();

var app = builder.Build();
app.MapRazorPages();
await app.RunAsync();
return 0;
