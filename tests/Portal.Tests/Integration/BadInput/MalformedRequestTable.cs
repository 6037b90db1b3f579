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
public static class MalformedRequestTable
{
    public const int TenMegabytes = 10 * 1024 * 1024;

    private const string Forged = "CfDJ8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";

    public static IEnumerable<MalformedRequest> Rows(KnownData k)
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

        // Newsroom ids: unknown, negative, past Int32.
        foreach (var (who, target) in new[]
        {
            (editor, "/admin/articles/edit/0"), (editor, "/admin/articles/edit/-1"), (editor, "/admin/articles/edit/2147483648"),
            (editor, "/admin/articles/history/99999999"), (editor, "/admin/articles/history/abc"),
            (admin, "/admin/articles/review/-1"), (admin, "/admin/articles/delete/2147483648"),
            (admin, "/admin/categories/edit/0"), (admin, "/admin/categories/delete/-1"),
            (admin, "/admin/sitelinks/edit/99999999999999999999"), (admin, "/admin/sitelinks/delete/0"),
            (admin, "/admin/infopages/edit/0"), (admin, "/admin/users/edit/khong-co"),
            (admin, $"/admin/users/edit/{new string('u', 4000)}"),
        })
        {
            yield return new($"newsroom page of an id that is not there", who, "GET", target, 404);
        }

        // The newsroom closed to strangers, and to editors where an administrator's rights are needed.
        foreach (var (method, target) in new[] { ("GET", "/admin"), ("GET", "/admin/articles/edit/1"), ("GET", "/admin/users"), ("GET", "/admin/audit?page=abc"), ("POST", "/admin/articles/edit"), ("POST", "/admin/categories/edit") })
        {
            yield return new("newsroom without signing in", anon, method, target, 302) { RedirectsTo = "/admin/account/login" };
        }
        foreach (var (method, target) in new[] { ("GET", "/admin/users"), ("GET", "/admin/audit"), ("POST", "/admin/categories/edit"), ("GET", $"/admin/articles/review/{k.ArticleId}") })
        {
            yield return new("an administrator's page for an editor", editor, method, target, 403);
        }
        yield return new("setup page once accounts exist", anon, "GET", "/admin/account/setup?token=x", 404);
        yield return new("setup form once accounts exist", anon, "POST", "/admin/account/setup", 404)
        {
            Content = Form(k.AnonymousToken, ("Input.Token", "x"), ("Input.Email", "a@b.vn"), ("Input.Password", "mat-khau-rat-dai"), ("Input.ConfirmPassword", "mat-khau-rat-dai")),
        };

        // Antiforgery: no token, a forged one, another visitor's.
        foreach (var (target, token) in new[]
        {
            ("/admin/articles/edit", null), ("/admin/articles/edit?handler=submit", null), ("/admin/articles/edit", Forged),
            ("/admin/articles/edit", k.AnonymousToken), ($"/admin/articles/history/{k.ArticleId}?handler=restore", null),
            ("/admin/account/password", null), ("/admin/account/logout", null), ("/admin/account/logout", Forged),
        })
        {
            yield return new($"editor's post with {(token is null ? "no" : token == Forged ? "a forged" : "another visitor's")} token", editor, "POST", target, 400)
            {
                Content = Form(token, ("Input.Title", "Bài thử"), ("Input.CategoryId", "1")),
            };
        }
        foreach (var (target, token) in new[]
        {
            ("/admin/users/create", null), ("/admin/categories?handler=moveup&id=1", null), ("/admin/sitelinks/delete/1", null),
            ($"/admin/infopages/edit/{k.InfoPageId}", null), ($"/admin/users/edit/{k.EditorId}?handler=lock", null),
            ($"/admin/articles/review/{k.ArticleId}?handler=publish", null), ($"/admin/articles/delete/{k.ArticleId}", Forged),
            ("/admin/categories/delete/1", k.EditorToken),
        })
        {
            yield return new($"administrator's post with {(token is null ? "no" : token == Forged ? "a forged" : "another visitor's")} token", admin, "POST", target, 400)
            {
                Content = Form(token, ("Input.Name", "Thử")),
            };
        }
        yield return new("sign-in without a token", anon, "POST", "/admin/account/login", 400) { Content = Form(null, ("Input.Email", "a@b.vn"), ("Input.Password", "x")) };
        yield return new("sign-in with a forged token", anon, "POST", "/admin/account/login", 400) { Content = Form(Forged, ("Input.Email", "a@b.vn"), ("Input.Password", "x")) };

        // Forms with fields missing, extra, or of the wrong type: the form again, with a message and what was typed.
        yield return new("editor form with every field missing", editor, "POST", "/admin/articles/edit", 200) { Content = Form(k.EditorToken), Shows = ["Xin nhập tiêu đề."] };
        yield return new("editor form with letters for the category", editor, "POST", "/admin/articles/edit", 200)
        {
            Content = Form(k.EditorToken, ("Input.Title", "Tiêu đề giữ nguyên 1"), ("Input.CategoryId", "abc")),
            Shows = ["Giá trị 'abc' không hợp lệ", "Tiêu đề giữ nguyên 1"],
        };
        yield return new("editor form with a category past Int32", editor, "POST", "/admin/articles/edit", 200)
        {
            Content = Form(k.EditorToken, ("Input.Title", "Tiêu đề giữ nguyên 2"), ("Input.CategoryId", "99999999999999999999")),
            Shows = ["không hợp lệ", "Tiêu đề giữ nguyên 2"],
        };
        yield return new("editor form with a category that does not exist", editor, "POST", "/admin/articles/edit", 200)
        {
            Content = Form(k.EditorToken, ("Input.Title", "Tiêu đề giữ nguyên 3"), ("Input.CategoryId", "-1")),
            Shows = ["Tiêu đề giữ nguyên 3"],
        };
        yield return new("editor form with a version that is not one", editor, "POST", "/admin/articles/edit", 200)
        {
            Content = Form(k.EditorToken, ("Input.Title", "Tiêu đề giữ nguyên 4"), ("Input.CategoryId", "1"), ("Input.Version", "2026-13-45")),
            Shows = ["không hợp lệ", "Tiêu đề giữ nguyên 4"],
        };
        yield return new("editor preview with fields it does not have", editor, "POST", "/admin/articles/edit?handler=preview", 200)
        {
            Content = Form(k.EditorToken, ("Input.Title", "Xem trước"), ("Input.CategoryId", "1"), ("Input.BodyMarkdown", "Đoạn **xem trước**"),
                ("Input.Id", "1"), ("Input.Status", "Published"), ("Input.PublishedAt", "2026-13-45"), ("Foo", "bar")),
            Shows = ["<strong>xem trước</strong>"],
        };
        yield return new("editor form posted to an id that is not there", editor, "POST", "/admin/articles/edit/2147483647", 404)
        {
            Content = Form(k.EditorToken, ("Input.Title", "Bài thử"), ("Input.CategoryId", "1")),
        };
        yield return new("lock until 2026-13-45", admin, "POST", $"/admin/users/edit/{k.EditorId}?handler=lock", 200)
        {
            Content = Form(k.AdministratorToken, ("Lock.LastDay", "2026-13-45")),
            Shows = ["Giá trị '2026-13-45' không hợp lệ"],
        };
        yield return new("schedule for 2026-13-45", admin, "POST", $"/admin/articles/review/{k.ArticleId}?handler=schedule", 200)
        {
            Content = Form(k.AdministratorToken, ("PublishAt", "2026-13-45 10:00"), ("Version", "khong-phai-guid")),
            Shows = ["Thời điểm đăng không hợp lệ"],
        };
        yield return new("category form with letters for the order", admin, "POST", "/admin/categories/edit", 200)
        {
            Content = Form(k.AdministratorToken, ("Input.Name", "Chuyên mục giữ nguyên"), ("Input.SortOrder", "mười")),
            Shows = ["Chuyên mục giữ nguyên"],
        };
        yield return new("sign-in with every field missing", anon, "POST", "/admin/account/login", 200) { Content = Form(k.AnonymousToken), Shows = ["Xin nhập địa chỉ thư."] };
        yield return new("sign-in with an address of 300 characters", anon, "POST", "/admin/account/login", 200)
        {
            Content = Form(k.AnonymousToken, ("Input.Email", new string('a', 300) + "@b.vn"), ("Input.Password", "x"), ("Input.RememberMe", "maybe"), ("Extra", "1")),
            Shows = ["Địa chỉ thư tối đa 256 ký tự."],
        };
        yield return new("audit log from 2026-13-45", admin, "GET", "/admin/audit?from=2026-13-45", 200) { Shows = ["Từ ngày"] };
        yield return new("audit log page 'abc'", admin, "GET", "/admin/audit?page=abc", 200) { Shows = ["Số trang “abc” không hợp lệ"] };

        // A NUL in a query or a form: refused before a query could carry it to the database (PostgreSQL fails on one).
        foreach (var (who, target) in new[] { (admin, "/admin/audit?user=a%00"), (editor, "/admin/articles?q=%00"), (anon, "/search?q=tin%00"), (anon, "/search?q=tin&utm%00=1") })
        {
            yield return new("a NUL in the query", who, "GET", target, 400);
        }
        yield return new("a NUL in the sign-in address", anon, "POST", "/admin/account/login", 400)
        {
            Content = Form(k.AnonymousToken, ("Input.Email", "a\0@b.vn"), ("Input.Password", "mat-khau-rat-dai")),
        };
        yield return new("a NUL in an article's title", editor, "POST", "/admin/articles/edit", 400)
        {
            Content = Multipart(k.EditorToken, ("Input.Title", "Tiêu đề\0"), ("Input.CategoryId", "1"), ("Input.BodyMarkdown", "Nội dung")),
        };
        yield return new("newsroom list, filters that make no sense, read leniently", editor, "GET", "/admin/articles?page=99999999999&category=abc&state=zzz", 200);

        // Redirects that must stay on the site.
        foreach (var back in new[] { "/%09/evil.example", "//evil.example", "/%5Cevil.example", "%00", "https://evil.example/" })
        {
            yield return new($"language switch back to {back}", anon, "GET", $"/ngon-ngu/en?returnUrl={back}", 302) { RedirectsTo = "/" };
        }

        // Bodies past the limits: 20 MB for the forms that take a photo, 9 MB for the information pages' editor, 1 MB
        // for everything else.
        yield return new("editor form of 21 MB", editor, "POST", "/admin/articles/edit", 413)
        {
            Content = Multipart(k.EditorToken, ("Input.Title", "Bài rất dài"), ("Input.CategoryId", "1"), ("Input.BodyMarkdown", new string('x', 21 * 1024 * 1024))),
        };
        yield return new("information page form of 10 MB", admin, "POST", $"/admin/infopages/edit/{k.InfoPageId}", 413)
        {
            Content = Form(k.AdministratorToken, ("Input.BodyVi", new string('x', TenMegabytes))),
        };
        yield return new("sign-in of 10 MB", anon, "POST", "/admin/account/login", 413)
        {
            Content = Form(k.AnonymousToken, ("Input.Email", "a@b.vn"), ("Input.Password", new string('p', TenMegabytes))),
        };
        yield return new("search with a 10 MB body", anon, "GET", "/search?q=tin", 413) { Content = new ByteArrayContent(new byte[TenMegabytes]) };
        yield return new("new account form of 2 MB", admin, "POST", "/admin/users/create", 413)
        {
            Content = Form(k.AdministratorToken, ("Input.DisplayName", new string('d', 2 * 1024 * 1024))),
        };
        yield return new("editor form over the body's 500,000 characters but within the limit", editor, "POST", "/admin/articles/edit", 200)
        {
            Content = Multipart(k.EditorToken, ("Input.Title", "Bài quá dài giữ nguyên"), ("Input.CategoryId", "1"), ("Input.BodyMarkdown", new string('ữ', 600_000))),
            Shows = ["Nội dung quá dài", "Bài quá dài giữ nguyên"],
        };
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
