using NetVips;

namespace Portal.Web.Media;

/// <summary>libvips set up for a web server, once per process.</summary>
internal static class Vips
{
    private static readonly Lazy<bool> Configured = new(() =>
    {
        // Only the three accepted formats can be read: every other loader (SVG, PDF, TIFF, HEIF, GIF, matrix,
        // FITS...) is blocked, so no file, whatever it claims to be, reaches code the portal does not need.
        Operation.Block("VipsForeignLoad", true);
        Operation.Block("VipsForeignLoadJpeg", false);
        Operation.Block("VipsForeignLoadPng", false);
        Operation.Block("VipsForeignLoadWebp", false);
        // No operation cache (each upload is different, and it would hold decoded pixels), and one worker thread:
        // an upload must not take both of a small server's cores from readers.
        Cache.Max = 0;
        Cache.MaxMem = 0;
        Cache.MaxFiles = 0;
        NetVips.NetVips.Concurrency = 1;
        // libvips' warnings (a broken tile) would go to stderr; the refusal says it, in the editor's words and the log.
        Log.SetLogHandler("VIPS", Enums.LogLevelFlags.Warning | Enums.LogLevelFlags.Message | Enums.LogLevelFlags.Info | Enums.LogLevelFlags.Debug,
            (_, _, _) => { });
        return true;
    });

    public static void Configure() => _ = Configured.Value;
}
