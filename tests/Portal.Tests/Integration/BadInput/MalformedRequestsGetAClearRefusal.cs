using System.Net;
using System.Text;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Web.Accounts;
using Portal.Web.Publishing;

namespace Portal.Tests.Integration.BadInput;

/// <summary>
/// Well over a hundred malformed requests against the real app on real Kestrel (whose limits a test server does
/// not apply): each gets its own 4xx (or the form again, with a message), the portal's Vietnamese page when the
/// answer is the app's, never a 500; and the log holds no error and no stack trace for any of them.
/// </summary>
[Trait("Database", "SqliteOnly")] // malformed requests are refused before any query
public sealed class MalformedRequestsGetAClearRefusal : IAsyncLifetime, IDisposable
{
    private static readonly Dictionary<int, string> FriendlyTitles = new()
    {
        [400] = "Yêu cầu không hợp lệ",
        [403] = "Không có quyền truy cập",
        [404] = "Không tìm thấy trang",
        [405] = "Phương thức không được hỗ trợ",
        [413] = "Dữ liệu quá lớn",
    };

    private readonly PortalFactory _factory = new();
    private readonly Dictionary<Visitor, CookieContainer> _cookies = [];
    private Uri _address = null!;

    public async Task InitializeAsync()
    {
        _factory.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        _factory.StartServer();
        _address = new Uri(_factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task EveryRowGetsItsOwnRefusalWithoutAServerErrorOrAStackTrace()
    {
        var known = await KnownDataAsync();
        var rows = MalformedRequestTable.Rows(known).ToList();
        Assert.True(rows.Count >= 100, $"The table has only {rows.Count} rows.");

        var loggedBefore = _factory.Problems.All.Count;
        var failures = new List<string>();
        foreach (var row in rows)
        {
            var answer = await SendAsync(row);
            var problem = Judge(row, answer);
            if (problem is not null)
            {
                failures.Add($"{row}: {problem}");
            }
        }
        // Request logging writes its line as the answer leaves; give the last ones a moment.
        await Task.Delay(500);
        failures.AddRange(_factory.Problems.All.Skip(loggedBefore).Select(e => "logged " + LoggedProblems.Describe(e)));

        Assert.True(failures.Count == 0, $"{failures.Count} of {rows.Count} rows went wrong:\n" + string.Join("\n", failures));
    }

    private static string? Judge(MalformedRequest row, RawHttp.Answer answer)
    {
        if (answer.Status != row.Expected)
        {
            return $"answered {answer.Status}, expected {row.Expected}";
        }
        if (row.RedirectsTo is not null)
        {
            // A header carries ASCII only; the address decodes back to the intended local path (and query).
            var location = answer.Header("Location") ?? "";
            if (location.Any(c => c is <= ' ' or > '~'))
            {
                return $"redirected to {location}, not ASCII";
            }
            var target = new Uri(new Uri("http://portal.test"), location);
            var path = Uri.UnescapeDataString(target.AbsolutePath);
            var query = Uri.UnescapeDataString(target.Query);
            return target.Host is "portal.test" or "127.0.0.1" && path.Equals(row.RedirectsTo, StringComparison.OrdinalIgnoreCase)
                && (row.RedirectQuery is null || query == row.RedirectQuery) && !location.Contains("evil", StringComparison.Ordinal)
                ? null : $"redirected to {location} ({path}{query}), expected {row.RedirectsTo}{row.RedirectQuery}";
        }
        var text = Html.Text(answer.Body);
        foreach (var shown in row.Shows.Where(s => !answer.Body.Contains(s, StringComparison.Ordinal) && !text.Contains(s, StringComparison.Ordinal)))
        {
            return $"the page does not show \"{shown}\"";
        }
        if (row.KestrelAnswers || row.Expected < 400)
        {
            return null;
        }
        if (!(answer.Header("Content-Type") ?? "").StartsWith("text/html", StringComparison.Ordinal))
        {
            return $"answered {answer.Header("Content-Type") ?? "no content type"}, not the friendly page";
        }
        return text.Contains(FriendlyTitles[row.Expected], StringComparison.Ordinal)
            ? null : $"the page is not the friendly one: {(text.Length > 120 ? text[..120] : text)}";
    }

    private async Task<RawHttp.Answer> SendAsync(MalformedRequest row)
    {
        var head = new StringBuilder($"{row.Method} {row.Target} HTTP/1.1\r\nHost: {_address.Authority}\r\nConnection: close\r\nUser-Agent: {PortalFactory.BrowserUserAgent}");
        var cookies = _cookies.TryGetValue(row.As, out var jar) ? jar.GetCookieHeader(_address) : "";
        if (cookies.Length > 0)
        {
            head.Append("\r\nCookie: ").Append(cookies);
        }
        var body = row.Content is null ? [] : await row.Content.ReadAsByteArrayAsync();
        if (row.Content is not null)
        {
            head.Append("\r\nContent-Type: ").Append(row.Content.Headers.ContentType);
            head.Append("\r\nContent-Length: ").Append(body.Length);
        }
        foreach (var (name, value) in row.Headers)
        {
            head.Append("\r\n").Append(name).Append(": ").Append(value);
        }
        return await RawHttp.SendAsync(_address.Port, Encoding.Latin1.GetBytes(head.ToString()), body);
    }

    /// <summary>Real ids and slugs, an editor and an administrator signed in, and a token of each visitor's.</summary>
    private async Task<KnownData> KnownDataAsync()
    {
        var article = await _factory.WithDbAsync(db => db.Articles.AsNoTracking().OrderBy(a => a.Id).FirstAsync(a => a.Status == PublicationStatus.Published));
        var category = await _factory.WithDbAsync(db => db.Categories.AsNoTracking().OrderBy(c => c.Id).FirstAsync());
        var info = await _factory.WithDbAsync(db => db.InfoPages.AsNoTracking().OrderBy(p => p.Id).FirstAsync());
        var editorEmail = await _factory.CreateUserAsync(Roles.Editor);
        var editorId = (await _factory.UserAsync(editorEmail)).Id;
        var administratorEmail = await _factory.CreateUserAsync(Roles.Administrator);

        var anonymousToken = await TokenAsync(Visitor.Anonymous, "/admin/account/login");
        await SignInAsync(Visitor.Editor, editorEmail);
        await SignInAsync(Visitor.Administrator, administratorEmail);
        return new KnownData(article.Id, article.Slug, category.Slug, info.Slug, info.Id, editorId,
            await TokenAsync(Visitor.Editor, "/admin/articles/edit"), await TokenAsync(Visitor.Administrator, "/admin/users/create"), anonymousToken);
    }

    private HttpClient Browser(Visitor visitor)
    {
        if (!_cookies.TryGetValue(visitor, out var jar))
        {
            _cookies[visitor] = jar = new CookieContainer();
        }
        var client = new HttpClient(new SocketsHttpHandler { CookieContainer = jar, AllowAutoRedirect = false }) { BaseAddress = _address };
        client.DefaultRequestHeaders.UserAgent.ParseAdd(PortalFactory.BrowserUserAgent);
        return client;
    }

    private async Task SignInAsync(Visitor visitor, string email)
    {
        using var browser = Browser(visitor);
        var response = await browser.TrySignInAsync(email, Newsroom.Password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    private async Task<string> TokenAsync(Visitor visitor, string page)
    {
        using var browser = Browser(visitor);
        var response = await browser.GetAsync(page);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return Newsroom.AntiforgeryToken(await response.Content.ReadAsStringAsync());
    }
}
