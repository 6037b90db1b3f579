namespace Portal.Tests.Integration.BadInput;

/// <summary>The newsroom's rows of the table: ids, closed doors, antiforgery, forms, redirects and body limits.</summary>
public static partial class MalformedRequestTable
{
    private static IEnumerable<MalformedRequest> NewsroomRows(KnownData k)
    {
        var article = $"/bai-viet/{k.ArticleId}/{k.ArticleSlug}";
        var category = $"/chuyen-muc/{k.CategorySlug}";
        const Visitor anon = Visitor.Anonymous, editor = Visitor.Editor, admin = Visitor.Administrator;

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

        // Bodies past the limits: a photo and an attachment (51 MB) for the article editor, 20 MB for the other forms
        // that take a photo, 9 MB for the information pages' editor, 1 MB for everything else.
        yield return new("article editor form of 52 MB", editor, "POST", "/admin/articles/edit", 413)
        {
            Content = Multipart(k.EditorToken, ("Input.Title", "Bài rất dài"), ("Input.CategoryId", "1"),
                ("Input.BodyMarkdown", new string('x', (int)Portal.Web.Areas.Admin.Pages.Articles.EditModel.FormBytes + 1024 * 1024))),
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
}
