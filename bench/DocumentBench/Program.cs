using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Options;
using Portal.Web.Importing;
using Portal.Web.LegalDocuments.Files;

// Usage: DocumentBench [runs, default 5]. Prints one line that bench/documents.sh reads:
//   PDF pages=N bytes=N chars=N median_ms=X min_ms=X max_ms=X
var runs = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 5;
var random = new Random(2026);
var paragraphs = new List<string>();
byte[] pdf;
int? pages;
using var reader = new DocumentFileReader(Options.Create(new DocumentFileLimits()));
// Paragraphs of generated document text until SimplePdf's pages reach 100.
do
{
    paragraphs.AddRange(DocumentTextGenerator.Next(random, 2025).Paragraphs);
    pdf = SimplePdf.Write("Văn bản một trăm trang", paragraphs);
    pages = (await reader.ReadAsync("100-trang.pdf", pdf, default)).PageCount;
}
while (pages < 100);

var times = new List<double>();
var chars = 0;
for (var i = 0; i < runs; i++)
{
    var watch = Stopwatch.StartNew();
    var reading = await reader.ReadAsync("100-trang.pdf", pdf, default);
    times.Add(watch.Elapsed.TotalMilliseconds);
    if (!reading.Accepted)
    {
        Console.Error.WriteLine(reading.Refusal);
        return 1;
    }
    chars = reading.Text.Length;
}
times.Sort();
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"PDF pages={pages} bytes={pdf.Length} chars={chars} median_ms={times[times.Count / 2]:0} min_ms={times[0]:0} max_ms={times[^1]:0}"));
return 0;
