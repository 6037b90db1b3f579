using System.Net;
using System.Net.Http.Headers;
using Microsoft.Extensions.DependencyInjection;
using Portal.Tests.Builders;
using Portal.Web.Accounts;
using Serilog.Core;

namespace Portal.Tests.Integration;

/// <summary>
/// A request path with a line break, an escape sequence or a Unicode line separator is logged with those characters
/// written as escapes: the event that the console and the file receive has no control character in any value.
/// </summary>
public sealed class ControlCharactersInRequestsAreEscapedInTheLog(ControlCharactersInRequestsAreEscapedInTheLog.Fixture fixture)
    : IClassFixture<ControlCharactersInRequestsAreEscapedInTheLog.Fixture>
{
    /// <summary>
    /// One app and its log for the class: each test looks for its own lines, and no line of any test may carry a
    /// control character.
    /// </summary>
    public sealed class Fixture : IDisposable
    {
        public Fixture() => Factory = new PortalFactory { TestServices = services => services.AddSingleton<ILogEventSink>(Log) };

        public CapturedLog Log { get; } = new();

        public PortalFactory Factory { get; }

        public void Dispose() => Factory.Dispose();
    }

    private readonly CapturedLog _log = fixture.Log;
    private readonly PortalFactory _factory = fixture.Factory;

    public static TheoryData<string, string> Paths => LogLines.Paths;

    [Theory]
    [MemberData(nameof(Paths))]
    public async Task TheRequestLineShowsThePathWithItsControlCharactersEscaped(string path, string logged)
    {
        using var client = _factory.CreateBrowser();

        await client.GetAsync(path);

        var messages = _log.Messages;
        Assert.Contains(messages, m => m.StartsWith($"HTTP GET {logged} responded 404 in ", StringComparison.Ordinal));
        Assert.All(messages, message => Assert.DoesNotContain(message, char.IsControl));
        var values = _log.All.SelectMany(e => e.Properties.Values).SelectMany(CapturedLog.Strings).ToList();
        Assert.Contains(values, value => value.Contains(logged, StringComparison.Ordinal));
        Assert.All(values, value => Assert.DoesNotContain(value, c => char.IsControl(c) || c is '\u2028' or '\u2029' or '\u202E'));
    }

    /// <summary>A file name is the uploader's to choose, and the library logs it: a line break in it stays on the line.</summary>
    [Fact]
    public async Task AnUploadedFileNameIsLoggedEscaped()
    {
        using var editor = await _factory.SignedInAsync(Roles.Editor);
        var token = Newsroom.AntiforgeryToken(await editor.GetStringAsync(MediaLibrary.UploadUrl));
        using var content = new MultipartFormDataContent();
        foreach (var (name, value) in MediaLibrary.Words("Ảnh thử nhật ký"))
        {
            content.Add(new StringContent(value), name);
        }
        content.Add(new StringContent(token), "__RequestVerificationToken");
        var file = new ByteArrayContent(TestImages.Jpeg(800, 600));
        file.Headers.ContentType = new MediaTypeHeaderValue("image/jpeg");
        file.Headers.ContentDisposition = new ContentDispositionHeaderValue("form-data")
        {
            Name = "\"Input.File\"",
            FileNameStar = "anh\n2026-12-06 05:00:00.000 +00:00 [ERR] " + LogLines.Forged + ".jpg",
        };
        content.Add(file);

        Assert.Equal(HttpStatusCode.Redirect, (await editor.PostAsync(MediaLibrary.UploadUrl, content)).StatusCode);

        var uploaded = _log.Messages.Single(m => m.StartsWith("Photo ", StringComparison.Ordinal));
        Assert.Contains("from anh\\n2026-12-06 05:00:00.000 +00:00 [ERR] " + LogLines.Forged + ".jpg", uploaded);
        Assert.DoesNotContain(uploaded, char.IsControl);
    }
}
