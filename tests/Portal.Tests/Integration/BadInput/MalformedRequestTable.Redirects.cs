namespace Portal.Tests.Integration.BadInput;

/// <summary>
/// The table's rows for every address that redirects: Vietnamese (raw, percent-encoded, encoded twice) and other
/// non-ASCII text in the target must come back as an ASCII Location that decodes to the intended local path.
/// </summary>
public static partial class MalformedRequestTable
{
    private static IEnumerable<MalformedRequest> RedirectRows(KnownData k)
    {
        var article = $"/bai-viet/{k.ArticleId}/{k.ArticleSlug}";
        const Visitor anon = Visitor.Anonymous, editor = Visitor.Editor;

        // The language switch goes back to any page of the site, Vietnamese addresses included.
        foreach (var (back, path) in new[]
        {
            ("/%C3%A9", "/é"),
            ("/trang/gi%E1%BB%9Bi-thi%E1%BB%87u", "/trang/giới-thiệu"),
            ("%2Ftrang%2Fgi%E1%BB%9Bi-thi%E1%BB%87u", "/trang/giới-thiệu"),
            ("/trang/gi%25E1%25BB%259Bi-thi%25E1%25BB%2587u", "/trang/giới-thiệu"),
            ("/chuy%C3%AAn%20m%E1%BB%A5c/%F0%9F%8C%8A", "/chuyên mục/🌊"),
            // Invalid UTF-8 stays as the escapes it came in: still ASCII, still local.
            ("/%ED%A0%80", "/%ED%A0%80"),
            ("/%E2%80%A8x", "/\u2028x"),
            ("/%EF%BC%8F%EF%BC%8Fke-xau.example", "/／／ke-xau.example"),
        })
        {
            yield return new($"language switch back to {back}", anon, "GET", $"/ngon-ngu/en?returnUrl={back}", 302) { RedirectsTo = path };
        }
        yield return new("language switch back to raw UTF-8", anon, "GET", "/ngon-ngu/en?returnUrl=/\u00C3\u00A9", 400) { KestrelAnswers = true };
        yield return new("language switch back to a search with a Vietnamese query", anon, "GET",
            "/ngon-ngu/vi?returnUrl=%2Ftim-kiem%3Fq%3Dh%E1%BB%99i%2520ngh%E1%BB%8B%26trang%3D2", 302)
        {
            RedirectsTo = "/tim-kiem",
            RedirectQuery = "?q=hội nghị&trang=2",
        };
        foreach (var back in new[] { "/%C3%A9%0D%0ASet-Cookie:%20x=y", "/%C3%A9%09", "//%C3%A9.example", "/%5C%C3%A9.example", "%C3%A9" })
        {
            yield return new($"language switch back to {back}, not local", anon, "GET", $"/ngon-ngu/en?returnUrl={back}", 302) { RedirectsTo = "/" };
        }

        // Signed in already, the sign-in page goes on to its ReturnUrl; signing out and the newsroom's doors redirect too.
        yield return new("sign-in page, signed in, back to a Vietnamese path", editor, "GET", "/admin/account/login?ReturnUrl=/admin/%C3%A9", 302) { RedirectsTo = "/admin/é" };
        yield return new("sign-in page, signed in, back to a Vietnamese search", editor, "GET",
            "/admin/account/login?ReturnUrl=%2Fadmin%2Farticles%3Fq%3Dgi%25E1%25BB%259Bi", 302)
        {
            RedirectsTo = "/admin/articles",
            RedirectQuery = "?q=giới",
        };
        yield return new("sign-in page, signed in, back to another site", editor, "GET", "/admin/account/login?ReturnUrl=//%C3%A9.example", 302) { RedirectsTo = "/admin" };
        yield return new("sign-out page opened with a Vietnamese returnUrl", editor, "GET", "/admin/account/logout?returnUrl=/%C3%A9", 302) { RedirectsTo = "/admin" };
        yield return new("newsroom without signing in, Vietnamese query", anon, "GET", "/admin/articles?q=gi%E1%BB%9Bi", 302) { RedirectsTo = "/admin/account/login" };

        // A wrong or old slug, Vietnamese or not, goes to the article's one address.
        foreach (var slug in new[] { "gi%E1%BB%9Bi-thi%E1%BB%87u", "%C3%A9", "TH%C3%94NG-B%C3%81O" })
        {
            yield return new($"article under the slug {slug}", anon, "GET", $"/bai-viet/{k.ArticleId}/{slug}?utm=%C3%A9", 301) { RedirectsTo = article };
            yield return new($"print view under the slug {slug}", anon, "GET", $"/bai-viet/{k.ArticleId}/{slug}/ban-in", 301) { RedirectsTo = $"{article}/ban-in" };
        }
    }
}
