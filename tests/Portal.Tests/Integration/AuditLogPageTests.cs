using System.Net;
using System.Reflection;
using System.Text.RegularExpressions;
using Portal.Web.Accounts;
using Portal.Web.Auditing;

namespace Portal.Tests.Integration;

/// <summary>The audit page read as an administrator reads it, on entries written straight into the database.</summary>
public static class AuditLogPage
{
    public const string Url = "/admin/audit";

    /// <summary>Entries for one made-up person, so that tests sharing a database filter on them alone.</summary>
    public static Task AddEntriesAsync(this PortalFactory factory, params (DateTime AtUtc, string UserName, string Action)[] entries) =>
        factory.WithDbAsync(async db =>
        {
            db.AuditEntries.AddRange(entries.Select(e => new AuditEntry { At = e.AtUtc, UserName = e.UserName, Action = e.Action, Target = "doi-tuong", Details = "chi tiết" }));
            return await db.SaveChangesAsync();
        });

    /// <summary>Each row of the log table as text.</summary>
    public static List<string> Rows(string html)
    {
        var body = Regex.Match(html, "<tbody>(.*?)</tbody>", RegexOptions.Singleline);
        return body.Success ? Regex.Matches(body.Groups[1].Value, "<tr>.*?</tr>", RegexOptions.Singleline).Select(m => Html.Text(m.Value)).ToList() : [];
    }

    public static string UniqueUser(string name) => $"{name}-{Guid.NewGuid():N}@portal.test";
}

public sealed class TheAuditPageShowsTheNewestEntriesFirstInVietnamTime(PortalFixture fixture) : IClassFixture<PortalFixture>
{
    private readonly PortalFactory _factory = fixture.Factory;

    [Fact]
    public async Task EachRowHasTimeUserVietnameseActionTargetAndDetails()
    {
        using var admin = await _factory.SignedInAsync(Roles.Administrator);
        var user = AuditLogPage.UniqueUser("thu-tu");
        await _factory.AddEntriesAsync(
            (new DateTime(2026, 11, 27, 20, 5, 9, DateTimeKind.Utc), user, AuditActions.SignIn),
            (new DateTime(2026, 11, 28, 1, 2, 3, DateTimeKind.Utc), user, AuditActions.ArticlePublished),
            (new DateTime(2026, 11, 26, 23, 59, 59, DateTimeKind.Utc), user, AuditActions.SignOut));

        var response = await admin.GetAsync($"{AuditLogPage.Url}?user={Uri.EscapeDataString(user)}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("<title>Nhật ký - Quản trị", html);
        Assert.Contains("aria-current=\"page\" href=\"/admin/audit\"", html);
        Assert.Equal(
        [
            $"08:02:03 28/11/2026 {user} Đăng bài doi-tuong chi tiết",
            $"03:05:09 28/11/2026 {user} Đăng nhập doi-tuong chi tiết",
            $"06:59:59 27/11/2026 {user} Đăng xuất doi-tuong chi tiết",
        ], AuditLogPage.Rows(html));
        Assert.Contains("datetime=\"2026-11-28T08:02:03+07:00\"", WebUtility.HtmlDecode(html));
        Assert.Contains("3 mục", Html.Text(html));
    }

    [Fact]
    public async Task TheSignInsOfTheNewsroomAppearOnThePage()
    {
        var email = await _factory.CreateUserAsync(Roles.Administrator, displayName: "Nguyễn Văn Nhật Ký");
        using var admin = await _factory.SignInAsync(email);

        var html = await admin.GetStringAsync($"{AuditLogPage.Url}?action={AuditActions.SignIn}&user={Uri.EscapeDataString(email)}");

        // Filtered by the address, shown by the display name.
        Assert.Equal(["10:00:00 28/11/2026 Nguyễn Văn Nhật Ký Đăng nhập"], AuditLogPage.Rows(html));
    }

    [Fact]
    public async Task TheActionFilterOffersEveryKnownActionByItsVietnameseName()
    {
        using var admin = await _factory.SignedInAsync(Roles.Administrator);
        var declared = typeof(AuditActions).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!).ToList();

        var html = await admin.GetStringAsync(AuditLogPage.Url);

        Assert.Equal(declared.Order(), AuditActions.All.Order());
        foreach (var action in AuditActions.All)
        {
            Assert.NotEqual(action, AuditActions.VietnameseName(action));
            Assert.Contains($"<option value=\"{action}\">{AuditActions.VietnameseName(action)}</option>", html);
        }
    }
}

public sealed class TheAuditPageFiltersFromTheQueryString(PortalFixture fixture) : IClassFixture<PortalFixture>
{
    private readonly PortalFactory _factory = fixture.Factory;

    [Fact]
    public async Task ByActionAndByAPartOfTheUserNameInAnyCase()
    {
        using var admin = await _factory.SignedInAsync(Roles.Administrator);
        var user = AuditLogPage.UniqueUser("loc-nguoi");
        var at = new DateTime(2026, 11, 20, 3, 0, 0, DateTimeKind.Utc);
        await _factory.AddEntriesAsync((at, user, AuditActions.SignIn), (at.AddMinutes(1), user, AuditActions.SignInFailed), (at, "nguoi-khac@portal.test", AuditActions.SignInFailed));

        var html = await admin.GetStringAsync($"{AuditLogPage.Url}?action={AuditActions.SignInFailed}&user=LOC-NGUOI");

        var row = Assert.Single(AuditLogPage.Rows(html), r => r.Contains(user, StringComparison.Ordinal));
        Assert.Contains("Đăng nhập không thành công", row);
        Assert.DoesNotContain(AuditLogPage.Rows(html), r => r.Contains("nguoi-khac", StringComparison.Ordinal));
        Assert.Contains($"<option value=\"{AuditActions.SignInFailed}\" selected=\"selected\">", html);
        Assert.Contains("value=\"LOC-NGUOI\"", html);
    }

    [Fact]
    public async Task WildcardsInTheUserNameAreTakenLiterally()
    {
        using var admin = await _factory.SignedInAsync(Roles.Administrator);
        var stem = Guid.NewGuid().ToString("N");
        var at = new DateTime(2026, 11, 20, 3, 0, 0, DateTimeKind.Utc);
        await _factory.AddEntriesAsync((at, $"a_b{stem}@portal.test", AuditActions.SignIn), (at, $"axb{stem}@portal.test", AuditActions.SignIn));

        var underscore = AuditLogPage.Rows(await admin.GetStringAsync($"{AuditLogPage.Url}?user={Uri.EscapeDataString("a_b" + stem)}"));
        var percent = AuditLogPage.Rows(await admin.GetStringAsync($"{AuditLogPage.Url}?user={Uri.EscapeDataString("%" + stem)}"));

        Assert.Contains($"a_b{stem}@portal.test", Assert.Single(underscore));
        Assert.Empty(percent);
    }

    [Theory]
    [InlineData("from=2026-11-10", "00:00:00 10/11/2026")]
    [InlineData("from=10/11/2026", "00:00:00 10/11/2026")]
    [InlineData("to=2026-11-09", "23:59:59 09/11/2026")]
    [InlineData("to=9/11/2026", "23:59:59 09/11/2026")]
    [InlineData("from=2026-11-09&to=2026-11-09", "23:59:59 09/11/2026")]
    public async Task DatesAreDaysInVietnamTime(string dates, string onlyTime)
    {
        using var admin = await _factory.SignedInAsync(Roles.Administrator);
        var user = AuditLogPage.UniqueUser("loc-ngay");
        // 23:59:59 on the 9th and midnight on the 10th, Vietnam time.
        await _factory.AddEntriesAsync(
            (new DateTime(2026, 11, 9, 16, 59, 59, DateTimeKind.Utc), user, AuditActions.SignIn),
            (new DateTime(2026, 11, 9, 17, 0, 0, DateTimeKind.Utc), user, AuditActions.SignIn));

        var html = await admin.GetStringAsync($"{AuditLogPage.Url}?user={Uri.EscapeDataString(user)}&{dates}");

        Assert.StartsWith(onlyTime, Assert.Single(AuditLogPage.Rows(html)));
    }

    [Fact]
    public async Task FiftyEntriesAPageWithLinksThatKeepTheFilters()
    {
        using var admin = await _factory.SignedInAsync(Roles.Administrator);
        var user = AuditLogPage.UniqueUser("phan-trang");
        var start = new DateTime(2026, 10, 1, 0, 0, 0, DateTimeKind.Utc);
        await _factory.AddEntriesAsync(Enumerable.Range(0, 120).Select(i => (start.AddMinutes(i), user, AuditActions.ArticleSaved)).ToArray());
        var filter = $"action={AuditActions.ArticleSaved}&user={Uri.EscapeDataString(user)}&from=2026-10-01&to=2026-10-01";

        var first = await admin.GetStringAsync($"{AuditLogPage.Url}?{filter}");
        var third = await admin.GetStringAsync($"{AuditLogPage.Url}?{filter}&page=3");
        var beyond = await admin.GetStringAsync($"{AuditLogPage.Url}?{filter}&page=99");

        Assert.Equal(50, AuditLogPage.Rows(first).Count);
        Assert.StartsWith("08:59:00 01/10/2026", AuditLogPage.Rows(first)[0]);
        Assert.Contains("120 mục", Html.Text(first));
        Assert.Contains("Trang 1 / 3", Html.Text(first));
        var next = Html.Attribute(first, "<a[^>]*rel=\"next\"[^>]*>", "href");
        Assert.Equal($"{AuditLogPage.Url}?{filter.Replace("%40", "@", StringComparison.Ordinal)}&page=2", next);
        Assert.Equal(20, AuditLogPage.Rows(third).Count);
        Assert.StartsWith("07:00:00 01/10/2026", AuditLogPage.Rows(third)[^1]);
        Assert.Contains("Trang 3 / 3", Html.Text(beyond));
        Assert.DoesNotContain("rel=\"next\"", third);
    }
}

public sealed class BadAuditQueriesGiveAMessageNeverAnError(PortalFixture fixture) : IClassFixture<PortalFixture>
{
    private readonly PortalFactory _factory = fixture.Factory;

    [Theory]
    [InlineData("from=32/13/2026", "Từ ngày: “32/13/2026” không phải một ngày")]
    [InlineData("to=2026-02-30", "Đến ngày: “2026-02-30” không phải một ngày")]
    [InlineData("from=hom-qua", "không phải một ngày")]
    [InlineData("action=xoa-het", "Không có loại thao tác “xoa-het”.")]
    [InlineData("action=%3Cscript%3E", "Không có loại thao tác “<script>”.")]
    [InlineData("from=2026-11-28&to=2026-11-01", "“Từ ngày” phải trước hoặc bằng “Đến ngày”.")]
    public async Task ABadFilterIsNamedAndShowsNoEntries(string query, string message)
    {
        using var admin = await _factory.SignedInAsync(Roles.Administrator);

        var response = await admin.GetAsync($"{AuditLogPage.Url}?{query}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains(message, Html.Text(html));
        Assert.Empty(AuditLogPage.Rows(html));
        Assert.DoesNotContain("<script>", html);
    }

    [Theory]
    [InlineData("page=-5", "Số trang “-5” không hợp lệ; đang hiện trang 1.")]
    [InlineData("page=abc", "Số trang “abc” không hợp lệ; đang hiện trang 1.")]
    [InlineData("page=99999999999999999999", "Số trang “99999999999999999999” không hợp lệ")]
    public async Task ABadPageNumberIsNamedAndTheFirstPageShown(string query, string message)
    {
        using var admin = await _factory.SignedInAsync(Roles.Administrator);

        var response = await admin.GetAsync($"{AuditLogPage.Url}?{query}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains(message, Html.Text(html));
        Assert.NotEmpty(AuditLogPage.Rows(html));
    }

    [Theory]
    [InlineData("from=01/01/0001")]
    [InlineData("to=31/12/9999")]
    [InlineData("from=0001-01-01&to=9999-12-31")]
    [InlineData("page=2147483647")]
    [InlineData("user=%25%25%5F%5C")]
    public async Task TheEdgesOfTheCalendarAndOfNumbersAreNoError(string query)
    {
        using var admin = await _factory.SignedInAsync(Roles.Administrator);

        var response = await admin.GetAsync($"{AuditLogPage.Url}?{query}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("notice-error", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task AVeryLongUserFilterIsNamed()
    {
        using var admin = await _factory.SignedInAsync(Roles.Administrator);

        var response = await admin.GetAsync($"{AuditLogPage.Url}?user={new string('a', 5000)}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Người thực hiện: tối đa 256 ký tự.", await response.TextAsync());
    }
}
