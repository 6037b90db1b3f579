using System.Diagnostics;
using Portal.Tests.Builders;
using Portal.Web.Media;

namespace Portal.Tests.Integration.Photos;

/// <summary>
/// Each hostile or broken file gets its Vietnamese refusal and leaves nothing behind: no photo, variant or stored
/// bytes, on either store. A PNG named .jpg is no such file: it decodes, so it is taken.
/// </summary>
public abstract class HostileFilesAreRefused : IDisposable
{
    private readonly PortalFactory _factory;
    private readonly string? _folder;

    protected HostileFilesAreRefused(bool fileStore)
    {
        _factory = new PortalFactory();
        if (fileStore)
        {
            _folder = Path.Combine(_factory.Database.DataPath, "anh-kho");
            _factory.Settings["Portal:Photos:Store"] = "FileSystem";
            _factory.Settings["Portal:Photos:Folder"] = _folder;
        }
    }

    public void Dispose()
    {
        _factory.Dispose();
        GC.SuppressFinalize(this);
    }

    public static TheoryData<string, string> Files => new()
    {
        { "html", PhotoMessages.NotAnImage },
        { "svg", PhotoMessages.NotAnImage },
        { "gif", PhotoMessages.NotAnImage },
        { "jpeg-magic-then-html", PhotoMessages.Corrupt },
        { "truncated-jpeg", PhotoMessages.Corrupt },
        { "empty", PhotoMessages.Empty },
    };

    [Theory]
    [MemberData(nameof(Files))]
    public async Task IsRefusedWithItsMessageAndNothingStored(string kind, string message)
    {
        byte[] bytes = kind switch
        {
            "html" => TestImages.Html(),
            "svg" => TestImages.SvgWithScript(),
            "gif" => [.. "GIF89a"u8, 1, 0, 1, 0, 0, 0, 0, .. "\x2C\0\0\0\0\x01\0\x01\0\0\x02\x02\x44\x01\0;"u8],
            "jpeg-magic-then-html" => [0xFF, 0xD8, 0xFF, .. TestImages.Html()],
            "truncated-jpeg" => TestImages.TruncatedJpeg(),
            _ => [],
        };

        var result = await _factory.UploadAsync(bytes, fileName: "anh.jpg");

        Assert.Equal(KeyValuePair.Create(PhotoFields.File, message), Assert.Single(result.Refusals()));
        Assert.Equal((0, 0, 0, 0), await _factory.StoredAsync(_folder));
    }

    [Fact]
    public async Task AFileOver10MegabytesIsRefusedHavingReadNoMoreThanTheLimit()
    {
        const long fiftyMegabytes = 50L * 1024 * 1024;
        foreach (var declared in new long?[] { fiftyMegabytes, null })
        {
            var body = new GeneratedStream(fiftyMegabytes);
            var result = await _factory.UploadAsync(body, declared, "anh.jpg", new PhotoDetails("Ảnh", "", ""));
            Assert.Equal(KeyValuePair.Create(PhotoFields.File, PhotoMessages.TooLarge), Assert.Single(result.Refusals()));
            Assert.True(body.BytesRead <= PhotoProcessor.MaxBytes + 1, $"read {body.BytesRead} bytes");
        }
        Assert.Equal((0, 0, 0, 0), await _factory.StoredAsync(_folder));
    }

    [Fact]
    public async Task AHugeImageInASmallFileIsRefusedFromItsHeaderQuickly()
    {
        var png = TestImages.HugePng(20_000);
        Assert.InRange(png.Length, 100_000, 1_000_000);   // a few hundred KB that decode to 400 MB

        var clock = Stopwatch.StartNew();
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var result = await _factory.UploadAsync(png, fileName: "anh.png");
        clock.Stop();

        Assert.Equal(KeyValuePair.Create(PhotoFields.File, "Ảnh lớn hơn 40 megapixel (20000 × 20000)."), Assert.Single(result.Refusals()));
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"took {clock.Elapsed}");
        // Nothing near the 400 MB of pixels: libvips' own memory (all of it, this process's peak) and .NET's.
        Assert.True(NetVips.Stats.MemHighwater < 300L * 1024 * 1024, $"libvips peak {NetVips.Stats.MemHighwater} bytes");
        Assert.True(GC.GetAllocatedBytesForCurrentThread() - allocatedBefore < 50L * 1024 * 1024);
        Assert.Equal((0, 0, 0, 0), await _factory.StoredAsync(_folder));
    }

    [Fact]
    public async Task AMissingAlternativeTextIsRefusedAndNothingStored()
    {
        var result = await _factory.UploadAsync(TestImages.Jpeg(800, 600), altText: "   ");

        Assert.Equal(KeyValuePair.Create(PhotoFields.AltText, PhotoMessages.AltTextMissing), Assert.Single(result.Refusals()));
        Assert.Equal((0, 0, 0, 0), await _factory.StoredAsync(_folder));
    }

    [Fact]
    public async Task APngNamedJpgIsAcceptedByItsContent()
    {
        var result = await _factory.UploadAsync(TestImages.Png(800, 600), fileName: "anh.jpg");

        var photo = result.Saved();
        Assert.Equal((800, 600), (photo.Width, photo.Height));
        // 320, 640 and its own 800, each in two formats.
        var stored = await _factory.StoredAsync(_folder);
        Assert.Equal((1, 6), (stored.Photos, stored.Variants));
        Assert.Equal(6, _folder is null ? stored.Blobs : stored.Files);
    }
}

public sealed class HostileFilesAreRefusedOnTheDatabaseStore() : HostileFilesAreRefused(fileStore: false);

[Trait("Database", "SqliteOnly")] // the file system store; the database store's twin runs on every provider
public sealed class HostileFilesAreRefusedOnTheFileStore() : HostileFilesAreRefused(fileStore: true);
