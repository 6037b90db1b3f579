using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Portal.Tests.Builders;
using Portal.Tests.Integration.Mail;
using Portal.Web.Articles;
using Portal.Web.Data;
using Portal.Web.Editing;
using Portal.Web.LegalDocuments;
using Portal.Web.Media;
using Portal.Web.Publishing;

namespace Portal.BrowserTests;

/// <summary>
/// The real app on real Kestrel, bound to 127.0.0.1, on a real SQLite database holding the seeds; and Debian's
/// Chromium driven by Playwright (no browser download). One of each for the whole suite.
/// </summary>
public sealed class PortalServer : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private readonly string _dataPath = Directory.CreateTempSubdirectory("portal-browser-").FullName;
    private IPlaywright? _playwright;

    public string BaseUrl { get; private set; } = "";

    public IBrowser Browser { get; private set; } = null!;

    /// <summary>The seeded article that the suite reads, with a cover photo and a photo in its body.</summary>
    public const int PhotoArticleId = 25;

    public int CoverPhotoId { get; private set; }

    public int BodyPhotoId { get; private set; }

    /// <summary>Screenshots of every run go here (the test output folder).</summary>
    public static string ScreenshotFolder { get; } = Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "screenshots")).FullName;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("Portal:DataPath", _dataPath);
        // Mail goes to a real SMTP server on loopback, which the walks read back.
        foreach (var (key, value) in Smtp.PortalSettings)
        {
            builder.UseSetting(key, value);
        }
        // Outside Development the test host serves wwwroot only when told where the build put it.
        builder.UseStaticWebAssets();
    }

    /// <summary>smtp4dev on loopback ports: what the portal sends, read back by the walks.</summary>
    public SmtpServer Smtp { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Smtp = await SmtpServer.StartNewAsync();
        UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        StartServer();
        BaseUrl = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');
        (CoverPhotoId, BodyPhotoId) = await SeedPhotosAsync();
        DocumentPath = await SeedDocumentsAsync();
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    /// <summary>
    /// Gives the article the suite reads a cover and a photo after its first paragraph, through the library and the
    /// editor's own save, so every page shows photos as the newsroom makes them.
    /// </summary>
    private async Task<(int Cover, int Body)> SeedPhotosAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        var library = scope.ServiceProvider.GetRequiredService<PhotoLibrary>();
        async Task<int> AddAsync(int width, int height, PhotoDetails details)
        {
            var bytes = TestImages.Jpeg(width, height);
            var result = await library.UploadAsync(new MemoryStream(bytes), bytes.Length, "anh.jpg", details, "trinh-duyet@portal.test", CancellationToken.None);
            return (result as SaveResult<Photo>.Saved)?.Value.Id ?? throw new InvalidOperationException(string.Join("; ", (result as SaveResult<Photo>.Invalid)?.Errors.Values ?? []));
        }
        var cover = await AddAsync(2400, 1600, new PhotoDetails("Quang cảnh hội nghị trực tuyến tại điểm cầu tỉnh", "Hội nghị tổng kết công tác Dân vận năm 2018", "Thùy Dương"));
        var inBody = await AddAsync(1200, 900, new PhotoDetails("Đại biểu phát biểu tại hội nghị", "Các đại biểu thảo luận", "Minh Khôi"));

        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var articles = scope.ServiceProvider.GetRequiredService<ArticleService>();
        async Task SaveAsync(int id, Func<ArticleContent, ArticleContent> change)
        {
            var article = await db.Articles.AsNoTracking().SingleAsync(a => a.Id == id);
            var saved = await articles.SaveAsync(id, change(ArticleContent.Of(article)), article.Version, submit: false,
                new NewsroomUser("trinh-duyet@portal.test", CanPublish: true));
            _ = saved as SaveResult<Article>.Saved ?? throw new InvalidOperationException($"The photos could not be saved: {saved}");
        }
        await SaveAsync(PhotoArticleId, content =>
        {
            var paragraphs = content.BodyMarkdown.Split("\n\n", 2);
            return content with
            {
                BodyMarkdown = paragraphs[0] + $"\n\n![](/anh/{inBody})\n\n" + (paragraphs.Length > 1 ? paragraphs[1] : ""),
                CoverPhotoId = cover,
            };
        });
        // The newest articles get covers too, so the home page shows its thumbnails.
        var newest = await db.Articles.AsNoTracking().Where(a => a.Status == PublicationStatus.Published)
            .OrderByDescending(a => a.PublishedAt).ThenByDescending(a => a.Id).Select(a => a.Id).Take(3).ToListAsync();
        for (var i = 0; i < newest.Count; i++)
        {
            var photo = await AddAsync(1600 + 160 * i, 1000 + 120 * i, new PhotoDetails($"Ảnh minh họa bài số {newest[i]}", "", "Phòng Thông tin"));
            await SaveAsync(newest[i], content => content with { CoverPhotoId = photo });
        }
        return (cover, inBody);
    }

    /// <summary>The address of the legal document the suite reads (with a file and a relation both ways).</summary>
    public string DocumentPath { get; private set; } = "";

    /// <summary>Three related documents of the suite's own, whatever the seeded library holds.</summary>
    private async Task<string> SeedDocumentsAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var type = new DocumentType { Name = "Quyết định (trình duyệt)", Abbreviation = "QĐ" };
        var issuer = new DocumentIssuer { Name = "UBND tỉnh (trình duyệt)", Slug = "ubnd-tinh-trinh-duyet" };
        var field = new DocumentField { Name = "Đất đai (trình duyệt)" };
        var at = DateTime.UtcNow.AddDays(-1);
        LegalDocument Document(string number, string slug, DateOnly issued, string summary) => new()
        {
            Number = number, NumberKey = LegalDocumentNumber.Key(number), Slug = slug, Abstract = summary, DocumentType = type, Issuer = issuer,
            Fields = [field], Signer = "Nguyễn Văn An", SignerTitle = "Chủ tịch", IssuedOn = issued, EffectiveOn = issued.AddDays(10),
            Status = PublicationStatus.Published, PublishedAt = at, CreatedAt = at, UpdatedAt = at, Version = Guid.NewGuid(),
        };
        var old = Document("9001/2020/QĐ-UBND", "9001-2020-qd-ubnd-bang-gia-dat", new(2020, 1, 10), "Ban hành bảng giá đất giai đoạn 2020-2024 trên địa bàn tỉnh");
        old.OutOfForceOn = new(2024, 5, 1);
        var current = Document("9002/2024/QĐ-UBND", "9002-2024-qd-ubnd-bang-gia-dat", new(2024, 4, 20), "Ban hành bảng giá đất giai đoạn 2024-2029 trên địa bàn tỉnh");
        current.Files =
        [
            new LegalDocumentFile { FileName = "Quyết định 9002.pdf", Format = DocumentFileFormat.Pdf, Length = 245_000, Hash = "00112233445566778899aabbccddeeff", PageCount = 12, HasText = true, Text = "Điều 1", UploadedAt = at },
            new LegalDocumentFile { FileName = "Phụ lục bảng giá.xlsx", Format = DocumentFileFormat.Xlsx, Length = 1_300_000, Hash = "ffeeddccbbaa99887766554433221100", SortOrder = 1, UploadedAt = at },
        ];
        var guide = Document("9003/2024/HD-STNMT", "9003-2024-hd-stnmt-huong-dan", new(2024, 6, 2), "Hướng dẫn áp dụng bảng giá đất");
        db.AddRange(old, current, guide);
        await db.SaveChangesAsync();
        db.LegalDocumentRelations.AddRange(
            new LegalDocumentRelation { DocumentId = current.Id, Kind = RelationKind.Replaces, TargetId = old.Id },
            new LegalDocumentRelation { DocumentId = guide.Id, Kind = RelationKind.Guides, TargetId = current.Id });
        await db.SaveChangesAsync();
        return Portal.Web.Feeds.PublicUrls.LegalDocumentPath(current.Id, current.Slug);
    }

    /// <summary>A fresh page that records console errors and every request that fails or leaves 127.0.0.1.</summary>
    public async Task<WatchedPage> NewPageAsync(int width = 1280, int height = 900, string? locale = null)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = width, Height = height }, Locale = locale ?? "vi-VN" });
        var page = await context.NewPageAsync();
        return new WatchedPage(page, BaseUrl);
    }

    public new async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }
        _playwright?.Dispose();
        Dispose();
        Smtp?.Dispose();
        try
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(_dataPath, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}

/// <summary>A browser page with what went wrong on it: console errors, failed requests, requests off this machine.</summary>
public sealed class WatchedPage
{
    public WatchedPage(IPage page, string baseUrl)
    {
        Page = page;
        BaseUrl = baseUrl;
        page.Console += (_, message) =>
        {
            // The not-found page's own 404 is the point of that page, not a fault on it.
            if (message.Type == "error" && !(message.Location?.StartsWith(baseUrl + "/khong-co", StringComparison.Ordinal) ?? false))
            {
                Problems.Add($"console: {message.Text}");
            }
        };
        page.RequestFailed += (_, request) => Problems.Add($"failed: {request.Url} {request.Failure}");
        page.Request += (_, request) =>
        {
            var host = new Uri(request.Url).Host;
            if (request.Url.StartsWith("http", StringComparison.Ordinal) && host != "127.0.0.1")
            {
                Problems.Add($"left the machine: {request.Url}");
            }
        };
        page.Response += (_, response) =>
        {
            if (response.Status >= 400 && !response.Url.StartsWith(baseUrl + "/khong-co", StringComparison.Ordinal))
            {
                Problems.Add($"HTTP {response.Status}: {response.Url}");
            }
        };
    }

    public IPage Page { get; }
    public string BaseUrl { get; }
    public List<string> Problems { get; } = [];

    public Task<IResponse?> GoAsync(string path) => Page.GotoAsync(BaseUrl + path);
}

[CollectionDefinition(Name)]
public sealed class PortalServerGroup : ICollectionFixture<PortalServer>
{
    public const string Name = "portal";
}

/// <summary>
/// The accessibility sweeps, each with a portal of its own: they read only, and walk every page several times, so they
/// run beside the other browser tests instead of after them (each collection is run in turn, collections side by side).
/// </summary>
[CollectionDefinition(Name)]
public sealed class PublicSweepGroup : ICollectionFixture<PortalServer>
{
    public const string Name = "public-sweep";
}

[CollectionDefinition(Name)]
public sealed class NewsroomSweepGroup : ICollectionFixture<PortalServer>
{
    public const string Name = "newsroom-sweep";
}
