// Serves each file of a folder from memory, byte for byte: file NAME at /NAME, with the Content-Type read
// from NAME.content-type beside it. bench/run.sh captures the portal's pages into that folder, so the
// portal and this server answer with the same bytes and the difference is what the portal does per request.
//
//   dotnet Baseline.dll --pages FOLDER --urls http://127.0.0.1:PORT

const string TypeSuffix = ".content-type";

var builder = WebApplication.CreateBuilder(args);
// Kestrel and the default host as they come; only the per-request Information lines are silenced, as the
// portal silences Microsoft.AspNetCore's (its own one line per request is part of what is measured).
builder.Logging.SetMinimumLevel(LogLevel.Warning);
var app = builder.Build();

var folder = app.Configuration["pages"];
if (string.IsNullOrEmpty(folder) || !Directory.Exists(folder))
{
    Console.Error.WriteLine("usage: Baseline --pages FOLDER [--urls http://127.0.0.1:PORT]");
    return 2;
}

foreach (var file in Directory.GetFiles(folder).Where(f => !f.EndsWith(TypeSuffix, StringComparison.Ordinal)))
{
    var body = File.ReadAllBytes(file);
    var typeFile = file + TypeSuffix;
    var contentType = File.Exists(typeFile) ? File.ReadAllText(typeFile).Trim() : "application/octet-stream";
    app.MapGet("/" + Path.GetFileName(file), () => Results.Bytes(body, contentType));
}

await app.RunAsync();
return 0;
