using System.Diagnostics;
using System.Globalization;
using NetVips;
using Portal.Web.Media;

// One mode per process, so that the peak RSS is that mode's: PhotoBench <portal|portal-2-threads|plain> <runs>
var mode = args.Length > 0 ? args[0] : "portal";
var runs = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 10;

_ = PhotoProcessor.Widths;   // the portal's libvips settings: no cache, one thread, three loaders
if (mode == "portal-2-threads")
{
    NetVips.NetVips.Concurrency = 2;
}
var photo = CameraPhoto(4000, 3000);
Func<byte[], IReadOnlyList<EncodedVariant>> encode = mode == "plain" ? PlainDecodeThenResize : PhotoProcessor.Encode;

encode(photo);   // warm-up: the first call loads libvips' modules
// From here on: the peaks of processing alone, not of making the test photo ("5" resets VmHWM, see proc(5)).
File.WriteAllText("/proc/self/clear_refs", "5");
GC.Collect();
var times = new List<double>();
var bytesOut = 0L;
for (var i = 0; i < runs; i++)
{
    var clock = Stopwatch.StartNew();
    var variants = encode(photo);
    times.Add(clock.Elapsed.TotalMilliseconds);
    bytesOut = variants.Sum(v => v.Bytes.LongLength);
}
times.Sort();
var peakRss = File.ReadLines("/proc/self/status").First(l => l.StartsWith("VmHWM:", StringComparison.Ordinal)).Split(':')[1].Trim();
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"| {mode} | {photo.Length / 1024} KB | {runs} | {times[times.Count / 2]:F0} ms | {times[0]:F0}–{times[^1]:F0} ms | {Stats.MemHighwater / 1024.0 / 1024:F0} MB | {peakRss} | {bytesOut / 1024} KB |"));

// The yardstick: what most code does with an image library, decode it whole, turn it, resize it to each width.
static IReadOnlyList<EncodedVariant> PlainDecodeThenResize(byte[] bytes)
{
    using var loaded = Image.NewFromBuffer(bytes, failOn: Enums.FailOn.Error);
    using var upright = loaded.Autorot();
    var variants = new List<EncodedVariant>();
    foreach (var width in PhotoProcessor.WidthsFor(upright.Width))
    {
        using var resized = upright.Resize((double)width / upright.Width);
        variants.Add(EncodedVariant.Of(resized, PhotoVariant.Webp, resized.WebpsaveBuffer(q: PhotoProcessor.Quality, keep: Enums.ForeignKeep.None)));
        variants.Add(EncodedVariant.Of(resized, PhotoVariant.Jpeg, resized.JpegsaveBuffer(q: PhotoProcessor.Quality, keep: Enums.ForeignKeep.None)));
    }
    return variants;
}

// A photo-like 12-megapixel JPEG: a colour gradient with sensor-like noise, quality 90.
static byte[] CameraPhoto(int width, int height)
{
    using var xy = Image.Xyz(width, height);
    using var x = xy[0];
    using var y = xy[1];
    using var noise = Image.Gaussnoise(width, height, mean: 0, sigma: 6);
    using var red = x * (255.0 / width) + noise;
    using var green = y * (255.0 / height) + noise;
    using var blue = (x + y) * (255.0 / (width + height)) - noise;
    using var joined = red.Bandjoin(green, blue);
    using var clipped = joined.Cast(Enums.BandFormat.Uchar);
    using var image = clipped.Copy(interpretation: Enums.Interpretation.Srgb);
    return image.JpegsaveBuffer(q: 90, keep: Enums.ForeignKeep.None);
}
