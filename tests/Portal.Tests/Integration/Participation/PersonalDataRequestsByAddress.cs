using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Tests.Builders;
using Portal.Tests.Security;
using Portal.Web.Accounts;
using Portal.Web.Auditing;
using Portal.Web.Participation;

namespace Portal.Tests.Integration.Participation;

/// <summary>
/// "Dữ liệu cá nhân", for administrators: one person's data over every kind, by e-mail address in any case; a JSON
/// copy; erasure behind a confirmation box. Export and erasure are audited with the count and a masked address,
/// never the address itself.
/// </summary>
public sealed class PersonalDataRequestsByAddress : IAsyncLifetime, IDisposable
{
    private const string Page = "/admin/personaldata";
    private const string Email = "hoa.nguyen@example.com";

    private readonly TestPersonalData _comments = new("Góp ý dự thảo");
    private readonly TestPersonalData _questions = new("Hỏi đáp");
    private readonly PortalFactory _factory;
    private HttpClient _administrator = null!;
    private string _administratorName = "";

    public PersonalDataRequestsByAddress() => _factory = new PortalFactory
    {
        TestServices = services => services.AddSingleton<IPersonalDataSource>(_comments).AddSingleton<IPersonalDataSource>(_questions),
    };

    public async Task InitializeAsync()
    {
        _administratorName = await _factory.CreateUserAsync(Roles.Administrator);
        _administrator = _factory.CreateBrowser();
        var signIn = await _administrator.SubmitFormAsync("/admin/account/login", new() { ["Input.Email"] = _administratorName, ["Input.Password"] = Newsroom.Password });
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        var now = _factory.Clock.GetUtcNow().UtcDateTime;
        _comments.Add(Email, now.AddDays(-3), "Góp ý về điều 5:\n<script>alert(1)</script>");
        _questions.Add(Email, now.AddDays(-1), "Hỏi về thủ tục cấp phép");
        _comments.Add("someone.else@example.com", now.AddDays(-2), "Của người khác");
    }

    public Task DisposeAsync()
    {
        _administrator.Dispose();
        return Task.CompletedTask;
    }

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task TheMenuLeadsThereAndAnAddressInAnyCaseFindsItsRowsInEveryKind()
    {
        Assert.Contains("href=\"/admin/personaldata\"", await _administrator.GetStringAsync("/admin"));

        var found = await _administrator.SubmitFormAsync(Page, new() { ["Input.Email"] = "  Hoa.Nguyen@EXAMPLE.com " }, handler: "Find");

        Assert.Equal(HttpStatusCode.OK, found.StatusCode);
        var html = await found.Content.ReadAsStringAsync();
        XssCorpus.AssertInert(html, "<script>alert(1)</script>", Page);
        var page = ExecutableContent.Parse(html);
        Assert.Equal("2 bản ghi.", page.QuerySelector("main [role=status]")?.TextContent.Trim());
        Assert.Equal(["Góp ý dự thảo", "Hỏi đáp"], page.QuerySelectorAll("main h3").Select(h => h.TextContent));
        Assert.Contains("Góp ý về điều 5:\n<script>alert(1)</script>", page.QuerySelectorAll("main dd").Select(d => d.TextContent));
        Assert.DoesNotContain("Của người khác", html);
    }

    [Theory]
    [InlineData("")]
    [InlineData("không-phải-địa-chỉ")]
    [InlineData("a@example.com\r\nBcc: b@example.com")]
    public async Task AnAddressThatIsNoAddressIsNamedInVietnamese(string email)
    {
        var found = await _administrator.SubmitFormAsync(Page, new() { ["Input.Email"] = email }, handler: "Find");

        Assert.Equal(HttpStatusCode.OK, found.StatusCode);
        var message = ExecutableContent.Parse(await found.Content.ReadAsStringAsync()).QuerySelector("[data-valmsg-for='Input.Email']")?.TextContent;
        Assert.Equal(email.Length == 0 ? "Xin nhập địa chỉ thư điện tử của người yêu cầu." : "Địa chỉ thư điện tử không hợp lệ.", message);
    }

    [Fact]
    public async Task TheExportIsAJsonFileOfEveryRowAndIsAuditedWithAMaskedAddress()
    {
        var export = await _administrator.SubmitFormAsync(Page, new() { ["Input.Email"] = Email }, handler: "Export");

        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        Assert.Equal("application/json", export.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", export.Content.Headers.ContentDisposition?.DispositionType);
        Assert.True(export.Headers.CacheControl?.NoStore);
        using var json = JsonDocument.Parse(await export.Content.ReadAsStreamAsync());
        Assert.Equal(Email, json.RootElement.GetProperty("email").GetString());
        var records = json.RootElement.GetProperty("records").EnumerateArray().ToList();
        Assert.Equal(["Góp ý dự thảo", "Hỏi đáp"], records.Select(r => r.GetProperty("kind").GetString()));
        Assert.Equal("Góp ý về điều 5:\n<script>alert(1)</script>", records[0].GetProperty("fields").GetProperty("Nội dung").GetString());

        var entry = Assert.Single(await AuditAsync(AuditActions.PersonalDataExported));
        Assert.Equal(("ho***@example.com", "2 bản ghi", _administratorName), (entry.Target, entry.Details, entry.UserName));
    }

    [Fact]
    public async Task ErasingAsksForTheBoxThenErasesEveryKindAndIsAudited()
    {
        var unconfirmed = await _administrator.SubmitFormAsync(Page, new() { ["Input.Email"] = Email }, handler: "Erase");

        Assert.Equal(HttpStatusCode.OK, unconfirmed.StatusCode);
        Assert.Contains("Xin đánh dấu xác nhận trước khi xóa.", await unconfirmed.Content.ReadAsStringAsync());
        Assert.Equal(3, _comments.Rows.Count + _questions.Rows.Count);
        Assert.Empty(await AuditAsync(AuditActions.PersonalDataErased));

        var erased = await _administrator.SubmitFormAsync(Page, new() { ["Input.Email"] = Email, ["Input.ConfirmErase"] = "true" }, handler: "Erase");

        Assert.Equal(HttpStatusCode.Redirect, erased.StatusCode);
        Assert.Contains("Đã xóa dữ liệu cá nhân của 2 bản ghi.", await _administrator.GetStringAsync(erased.Headers.Location!.ToString()));
        Assert.Equal("someone.else@example.com", Assert.Single(_comments.Rows.Concat(_questions.Rows)).Email);
        var entry = Assert.Single(await AuditAsync(AuditActions.PersonalDataErased));
        Assert.Equal(("ho***@example.com", "2 bản ghi"), (entry.Target, entry.Details));
        var audit = await _factory.WithDbAsync(db => db.AuditEntries.Select(e => e.Target + " " + e.Details).ToListAsync());
        Assert.DoesNotContain(audit, text => text.Contains(Email, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task AnEditorIsRefused()
    {
        using var editor = await _factory.SignedInAsync(Roles.Editor);

        Assert.Equal(HttpStatusCode.Forbidden, (await editor.GetAsync(Page)).StatusCode);
        Assert.DoesNotContain("href=\"/admin/personaldata\"", await editor.GetStringAsync("/admin"));
    }

    private Task<List<AuditEntry>> AuditAsync(string action) =>
        _factory.WithDbAsync(db => db.AuditEntries.Where(e => e.Action == action).ToListAsync());
}
