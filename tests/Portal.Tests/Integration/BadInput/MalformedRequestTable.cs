using System.Text;

namespace Portal.Tests.Integration.BadInput;

/// <summary>What the table needs of the running app: real ids and slugs, and antiforgery tokens for each visitor.</summary>
public sealed record KnownData(int ArticleId, string ArticleSlug, string CategorySlug, string InfoSlug, int InfoPageId,
    string EditorId, string EditorToken, string AdministratorToken, string AnonymousToken);

/// <summary>
/// The bad requests, public and newsroom, and the answer each must get. Expected answers: 404 for what does not
/// exist (ids out of range or past Int32, slugs that are paths or bytes), 400 for a value that cannot be read (page
/// numbers) or a missing or foreign antiforgery token, 405 for a method the address does not take, 413 past the
/// body limits, Kestrel's own 400/414/431 for requests broken below HTTP's semantics; 302 to the sign-in page for
/// anonymous newsroom requests and 403 for an editor on an administrator's page; a page that keeps what was typed
/// for a form that fails validation.
/// </summary>
public static partial class MalformedRequestTable
{
    public const int TenMegabytes = 10 * 1024 * 1024;

    private const string Forged = "CfDJ8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";

    public static IEnumerable<MalformedRequest> Rows(KnownData k) => PublicRows(k).Concat(NewsroomRows(k)).Concat(RedirectRows(k));

    private static IEnumerable<MalformedRequest> PublicRows(KnownData k)
    {
        var article = $"/bai-viet/{k.ArticleId}/{k.ArticleSlug}";
        var category = $"/chuyen-muc/{k.CategorySlug}";
        var info = $"/trang/{k.InfoSlug}";
        const Visitor anon = Visitor.Anonymous, editor = Visitor.Editor, admin = Visitor.Administrator;

        // Ids: unknown, negative, past Int32, not numbers.
        foreach (var id in new[] { "0", "-1", "2147483647", "2147483648", "99999999999999999999", "abc", "1e3", "0x10", "1.0" })
        {
            yield return new($"article id {id}", anon, "GET", $"/bai-viet/{id}/x", 404);
        }
        yield return new("print view of id -1", anon, "GET", "/bai-viet/-1/x/ban-in", 404);
        yield return new("print view of id past Int32", anon, "GET", "/bai-viet/2147483648/x/ban-in", 404);
        yield return new("print view with a path after it", anon, "GET", $"{article}/ban-in/khac", 404);
        foreach (var page in new[] { "2147483647", "53688", "99999999999", "-1", "abc", "2" })
        {
            yield return new($"sitemap file {page}", anon, "GET", $"/sitemap-{page}.xml", 404);
        }
        yield return new("error page of a code past Int32", anon, "GET", "/loi/99999999999", 404);
        yield return new("error page of a word", anon, "GET", "/loi/abc", 404);

        // Slugs that try to be paths, bytes or a header.
        foreach (var slug in new[] { "..%2F..%2Fappsettings.json", "x%2e%2e%2fy", "%2e%2e%2f%2e%2e%2fetc%2fpasswd",
            "%c0%af", "%c0%ae%c0%ae%c0%af", "%0d%0aSet-Cookie:%20x=y", "th%E1%BB%9Di-s%E1%BB%B1-kh%C3%B4ng-c%C3%B3", new string('a', 4000) })
        {
            yield return new($"category slug {Short(slug)}", anon, "GET", $"/chuyen-muc/{slug}", 404);
        }
        foreach (var slug in new[] { "..%2F..%2Fweb.config", "%2e%2e%2f", "%c0%af", new string('b', 4000) })
        {
            yield return new($"information page slug {Short(slug)}", anon, "GET", $"/trang/{slug}", 404);
        }
        yield return new("category feed of an unknown slug", anon, "GET", "/chuyen-muc/khong-co/feed.xml", 404);
        yield return new("language that does not exist", anon, "GET", "/ngon-ngu/xx", 404);

        // A NUL, even percent-encoded, in the path: Kestrel refuses it before the app (or a database) sees it.
        foreach (var (who, target) in new[]
        {
            (anon, "/bai-viet/%00/x"), (anon, "/chuyen-muc/%00"), (anon, "/chuyen-muc/a%00b/feed.xml"), (anon, "/trang/%00"),
            (anon, "/ngon-ngu/%00"), (admin, "/admin/users/edit/%00"),
        })
        {
            yield return new("a NUL in the path", who, "GET", target, 400) { KestrelAnswers = true };
        }

        // Page numbers: anything but a whole number from 1 is a bad request; past the last page, not found.
        foreach (var number in new[] { "0", "-1", "1000000000000", "abc", "1e3", "", "99999999999999999999", "%00", "1.5", "%2B1", "%ZZ" })
        {
            yield return new($"category page number '{number}'", anon, "GET", $"{category}?trang={number}", 400);
        }
        yield return new("category page past the last", anon, "GET", $"{category}?trang=2147483647", 404);
        foreach (var number in new[] { "0", "-1", "1000000000000", "abc", "1e3", "" })
        {
            yield return new($"search page number '{number}'", anon, "GET", $"/search?q=tin&trang={number}", 400);
        }
        yield return new("search query over its 1,000 characters", anon, "GET", $"/search?q={new string('a', 1001)}", 400);

        // Requests past Kestrel's limits: request line 8 KB (414), headers 32 KB in all and 100 at most (431).
        yield return new("search query of 100 KB", anon, "GET", $"/search?q={new string('a', 100 * 1024)}", 414) { KestrelAnswers = true };
        yield return new("home page query of 100 KB", anon, "GET", $"/?utm={new string('x', 100 * 1024)}", 414) { KestrelAnswers = true };
        yield return new("slug of 9,000 characters", anon, "GET", $"/chuyen-muc/{new string('a', 9000)}", 414) { KestrelAnswers = true };
        yield return new("cookie of 64 KB", anon, "GET", "/", 431) { KestrelAnswers = true, Headers = [("Cookie", "c=" + new string('c', 64 * 1024))] };
        yield return new("header of 64 KB", anon, "GET", category, 431) { KestrelAnswers = true, Headers = [("X-Filler", new string('h', 64 * 1024))] };
        yield return new("150 headers", anon, "GET", "/", 431) { KestrelAnswers = true, Headers = [.. Enumerable.Range(0, 150).Select(i => ($"X-H{i}", "v"))] };
        yield return new("editor's cookie plus 64 KB", editor, "GET", "/admin", 431) { KestrelAnswers = true, Headers = [("X-Filler", new string('h', 64 * 1024))] };

        // Broken percent-encoding and invalid UTF-8: percent-encoded, the app reads it as text; raw, Kestrel refuses it.
        foreach (var slug in new[] { "%ZZ", "%", "%C3%28", "%E0%80%AF", "%F0%28%8C%BC" })
        {
            yield return new($"category slug {slug}", anon, "GET", $"/chuyen-muc/{slug}", 404);
        }
        yield return new("search for broken percent-encoding, read as text", anon, "GET", "/search?q=%ZZ%", 200) { Shows = ["Tìm kiếm"] };
        yield return new("search for invalid UTF-8, read as text", anon, "GET", "/search?q=%C3%28%C0%AF", 200) { Shows = ["Tìm kiếm"] };
        yield return new("raw invalid UTF-8 in the path", anon, "GET", "/chuyen-muc/\u00C3(", 400) { KestrelAnswers = true };
        yield return new("raw overlong UTF-8 in the path", anon, "GET", "/trang/\u00C0\u00AF", 400) { KestrelAnswers = true };
        yield return new("raw invalid UTF-8 in the query", anon, "GET", "/search?q=\u00C3(", 400) { KestrelAnswers = true };
        yield return new("raw NUL in the path", anon, "GET", "/chuyen-muc/a\0b", 400) { KestrelAnswers = true };
        yield return new("space inside the target", anon, "GET", "/chuyen-muc/a b", 400) { KestrelAnswers = true };
        yield return new("control character in the language cookie, ignored", anon, "GET", "/", 200) { Headers = [("Cookie", ".AspNetCore.Culture=c%3Den%01%7Cuic%3D%00")] };
        yield return new("header name with a space", anon, "GET", "/", 400) { KestrelAnswers = true, Headers = [("Bad Name", "x")] };
        yield return new("Content-Length that is not a number", anon, "POST", "/admin/account/login", 400) { KestrelAnswers = true, Headers = [("Content-Length", "abc")] };
        yield return new("Content-Length past Int64", anon, "POST", "/admin/account/login", 400) { KestrelAnswers = true, Headers = [("Content-Length", "99999999999999999999")] };

        // Methods an address does not take.
        foreach (var (method, target) in new[]
        {
            ("PUT", "/"), ("DELETE", category), ("PATCH", article), ("TRACE", "/"), ("TRACE", category), ("TRACE", article),
            ("POST", "/"), ("POST", category), ("POST", $"{article}/ban-in"), ("POST", "/search"), ("PUT", info),
            ("POST", "/feed.xml"), ("DELETE", "/sitemap.xml"), ("POST", "/sitemap-0.xml"), ("PUT", "/robots.txt"),
            ("POST", "/ngon-ngu/en"), ("DELETE", "/healthz"), ("POST", "/healthz/ready"), ("PUT", "/admin/articles"),
            ("DELETE", "/admin/account/login"),
        })
        {
            yield return new($"{method} on a page that takes none", anon, method, target, 405);
        }
        foreach (var (who, method, target) in new[]
        {
            (editor, "PUT", "/admin/articles/edit"), (editor, "TRACE", "/admin"), (editor, "POST", "/admin"),
            (editor, "DELETE", "/admin/account/logout"), (admin, "DELETE", $"/admin/articles/delete/{k.ArticleId}"),
            (admin, "PATCH", "/admin/users"), (admin, "POST", "/admin/audit"), (admin, "PUT", $"/admin/users/edit/{k.EditorId}"),
        })
        {
            yield return new($"{method} on a newsroom page", who, method, target, 405);
        }

        // Handlers a page does not have: the page's unnamed handler serves, if it has one; else not found.
        yield return new("category page naming a handler it lacks, served by its own", anon, "GET", $"{category}?handler=x", 200);
        yield return new("newsroom list naming a handler it lacks, served by its own", editor, "GET", "/admin/articles?handler=x", 200);
        yield return new("categories posted to a handler they lack", admin, "POST", "/admin/categories?handler=bogus&id=1", 404) { Content = Form(k.AdministratorToken) };
        yield return new("site links posted to a handler they lack", admin, "POST", "/admin/sitelinks?handler=delete&id=1", 404) { Content = Form(k.AdministratorToken) };
        yield return new("OPTIONS, answered with the methods the page takes", anon, "OPTIONS", info, 200);
    }

    private static string Short(string text) => text.Length > 40 ? $"of {text.Length} characters" : text;

    private static FormUrlEncodedContent Form(string? token, params (string Name, string Value)[] fields) =>
        new(fields.Select(f => KeyValuePair.Create(f.Name, f.Value))
            .Concat(token is null ? [] : [KeyValuePair.Create("__RequestVerificationToken", token)]));

    private static MultipartFormDataContent Multipart(string token, params (string Name, string Value)[] fields)
    {
        var content = new MultipartFormDataContent();
        foreach (var (name, value) in fields.Append(("__RequestVerificationToken", token)))
        {
            content.Add(new StringContent(value, Encoding.UTF8), name);
        }
        return content;
    }
}
