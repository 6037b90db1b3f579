using System.Net;
using Microsoft.EntityFrameworkCore;
using Portal.Web.Accounts;
using Portal.Web.Auditing;

namespace Portal.Tests.Integration;

public sealed class AnAdministratorCreatesAccounts(PortalFixture fixture) : IClassFixture<PortalFixture>
{
    private const string TypedPassword = "Mật-khẩu-gõ-vào-2026";

    private readonly PortalFactory _factory = fixture.Factory;

    private static List<KeyValuePair<string, string>> Form(string email, string displayName, string password, string confirm, params string[] roles)
    {
        var fields = new List<KeyValuePair<string, string>>
        {
            new("Input.Email", email), new("Input.DisplayName", displayName),
            new("Input.Password", password), new("Input.ConfirmPassword", confirm),
        };
        fields.AddRange(roles.Select(r => new KeyValuePair<string, string>("Input.Roles", r)));
        return fields;
    }

    [Fact]
    public async Task ANewAccountGetsItsRolesCanSignInAndIsAudited()
    {
        var (admin, adminEmail) = await _factory.AdministratorAsync();

        var response = await admin.PostListAsync(UsersPages.Create,
            Form("hoa.nguyen@portal.test", "Nguyễn Thị Hoa", TypedPassword, TypedPassword, Roles.Editor, Roles.Approver));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(UsersPages.Index, response.Headers.Location!.OriginalString);
        Assert.Contains("Đã tạo tài khoản hoa.nguyen@portal.test.", await (await admin.GetAsync(UsersPages.Index)).TextAsync());
        Assert.Equal([Roles.Approver, Roles.Editor], (await _factory.RolesOfAsync("hoa.nguyen@portal.test")).Order());
        Assert.Equal("Nguyễn Thị Hoa", (await _factory.UserAsync("hoa.nguyen@portal.test")).DisplayName);
        using var newcomer = await _factory.SignInAsync("hoa.nguyen@portal.test", TypedPassword);
        var entry = Assert.Single(await _factory.AuditAsync(AuditActions.UserCreated), e => e.Target == "hoa.nguyen@portal.test");
        Assert.Equal(adminEmail, entry.UserName);
        Assert.Equal("Duyệt bài, Biên tập", entry.Details);
    }

    public static TheoryData<string, string, string, string, string[], string> BadInput => new()
    {
        { "trung@portal.test", "Trùng địa chỉ", TypedPassword, TypedPassword, [Roles.Editor], "Địa chỉ thư 'trung@portal.test' đã được dùng." },
        { "khong-phai-dia-chi", "Sai địa chỉ", TypedPassword, TypedPassword, [Roles.Editor], "Địa chỉ thư không hợp lệ." },
        { "ngan@portal.test", "Mật khẩu ngắn", "ngan-qua", "ngan-qua", [Roles.Editor], "Mật khẩu phải có từ 10 đến 200 ký tự." },
        { "de-doan@portal.test", "Mật khẩu dễ đoán", "1234567890", "1234567890", [Roles.Editor], "Mật khẩu quá dễ đoán, xin chọn mật khẩu khác." },
        { "lech@portal.test", "Nhập lại lệch", TypedPassword, TypedPassword + "x", [Roles.Editor], "Hai lần nhập mật khẩu không khớp." },
        { "thieu-xac-nhan@portal.test", "Thiếu nhập lại", TypedPassword, "", [Roles.Editor], "Xin nhập lại mật khẩu." },
        { "khong-vai-tro@portal.test", "Không vai trò", TypedPassword, TypedPassword, [], "Xin chọn ít nhất một vai trò." },
        { "vai-tro-la@portal.test", "Vai trò lạ", TypedPassword, TypedPassword, [Roles.Editor, "Superuser"], "Không có vai trò: Superuser." },
        { "ten-dai@portal.test", new string('Ư', 300), TypedPassword, TypedPassword, [Roles.Editor], "Tên hiển thị tối đa 100 ký tự." },
        { "", "Không địa chỉ", TypedPassword, TypedPassword, [Roles.Editor], "Xin nhập địa chỉ thư." },
    };

    [Theory]
    [MemberData(nameof(BadInput))]
    public async Task BadInputIsRefusedInVietnameseKeepingWhatWasTypedExceptPasswords(string email, string displayName, string password, string confirm, string[] roles, string message)
    {
        var (admin, _) = await _factory.AdministratorAsync();
        if (email == "trung@portal.test" && !await _factory.WithDbAsync(db => db.Users.AnyAsync(u => u.Email == email)))
        {
            await _factory.CreateUserAsync(Roles.Editor, email);
        }
        var accountsBefore = await _factory.WithDbAsync(db => db.Users.CountAsync());

        var response = await admin.PostListAsync(UsersPages.Create, Form(email, displayName, password, confirm, roles));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains(message, Html.Text(html));
        Assert.Contains("Chưa lưu được", Html.Text(html));
        Assert.Contains($"value=\"{email}\"", html);
        Assert.Contains($"value=\"{displayName}\"", html);
        Assert.DoesNotContain(TypedPassword, html);
        Assert.DoesNotContain("value=\"1234567890\"", html);
        foreach (var role in roles.Where(Roles.All.Contains))
        {
            Assert.Contains($"value=\"{role}\" checked=\"checked\"", html);
        }
        Assert.Equal(accountsBefore, await _factory.WithDbAsync(db => db.Users.CountAsync()));
        Assert.DoesNotContain("field is required", html);
    }

    [Fact]
    public async Task AnAddressDifferingOnlyInCaseIsADuplicate()
    {
        var (admin, _) = await _factory.AdministratorAsync();
        var existing = await _factory.CreateUserAsync(Roles.Editor);

        var response = await admin.PostListAsync(UsersPages.Create, Form(existing.ToUpperInvariant(), "", TypedPassword, TypedPassword, Roles.Editor));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("đã được dùng", await response.TextAsync());
    }

    [Fact]
    public async Task APostWithoutAnAntiforgeryTokenIsABadRequest()
    {
        var (admin, _) = await _factory.AdministratorAsync();

        var response = await admin.PostAsync(UsersPages.Create, new FormUrlEncodedContent(Form("khong-token@portal.test", "", TypedPassword, TypedPassword, Roles.Editor)));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(await _factory.WithDbAsync(db => db.Users.AnyAsync(u => u.Email == "khong-token@portal.test")));
    }
}
