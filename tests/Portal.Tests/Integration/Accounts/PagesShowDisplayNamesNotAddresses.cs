using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Tests.Builders;
using Portal.Web.Accounts;
using Portal.Web.Auditing;

namespace Portal.Tests.Integration;

/// <summary>
/// Who did something is stored as a user name (an address) and shown as the person's display name: the top bar,
/// the history, "last edited by", the list, the audit log. A rename shows at once; a name no account has is shown
/// as stored.
/// </summary>
public sealed partial class PagesShowDisplayNamesNotAddresses(PortalFixture fixture) : IClassFixture<PortalFixture>
{
    private readonly PortalFactory _factory = fixture.Factory;

    [Fact]
    public async Task TheNewsroomNamesTheEditorAndNotTheirAddress()
    {
        var (email, name) = await NamedUserAsync(Roles.Editor);
        using var editor = await _factory.SignInAsync(email);
        var id = await editor.WriteAsync(new ArticleFormBuilder());
        await editor.EditAsync(id, f => f["Input.Title"] = "Tiêu đề đã sửa " + Guid.NewGuid().ToString("N")[..6]);

        var dashboard = await editor.GetStringAsync("/admin");
        var history = await editor.GetStringAsync($"/admin/articles/history/{id}");
        var edit = await editor.GetStringAsync($"/admin/articles/edit/{id}");

        Assert.Equal(name, TopBarName().Match(dashboard).Groups[1].Value);
        Assert.Equal(2, Regex.Count(history, $"<td>{Regex.Escape(name)}</td>"));
        Assert.Contains($"bởi {name}.", Html.Text(edit));
        foreach (var page in new[] { dashboard, history, edit })
        {
            Assert.DoesNotContain(email, page, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task TheAuditLogNamesPeopleAndKeepsUnknownNamesAsStored()
    {
        var (email, name) = await NamedUserAsync(Roles.Editor);
        using (await _factory.SignInAsync(email))
        {
        }
        await using (var scope = _factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<AuditLog>().RecordAsync("da-nghi-viec@portal.test", AuditActions.SignIn);
        }
        using var administrator = await _factory.SignedInAsync(Roles.Administrator);

        var audit = await administrator.GetStringAsync($"/admin/audit?action={AuditActions.SignIn}");

        Assert.Contains($"<td>{name}</td>", audit);
        Assert.DoesNotContain($"<td>{email}</td>", audit);
        Assert.Contains("<td>da-nghi-viec@portal.test</td>", audit);
    }

    [Fact]
    public async Task ARenameShowsAtOnce()
    {
        var (email, _) = await NamedUserAsync(Roles.Editor);
        using var editor = await _factory.SignInAsync(email);
        Assert.NotEmpty(TopBarName().Match(await editor.GetStringAsync("/admin")).Groups[1].Value);
        using var administrator = await _factory.SignedInAsync(Roles.Administrator);
        var id = await _factory.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());
        var renamed = "Trần Thị Đổi Tên " + Guid.NewGuid().ToString("N")[..6];

        var saved = await administrator.SubmitFormAsync($"/admin/users/edit/{id}", new() { ["Input.DisplayName"] = renamed, ["Input.Roles"] = Roles.Editor });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(renamed, TopBarName().Match(await editor.GetStringAsync("/admin")).Groups[1].Value);
    }

    private async Task<(string Email, string Name)> NamedUserAsync(string role)
    {
        var name = "Nguyễn Văn Hiển " + Guid.NewGuid().ToString("N")[..6];
        return (await _factory.CreateUserAsync(role, displayName: name), name);
    }

    [GeneratedRegex("<div class=\"admin-user\">\\s*<span>([^<]*)</span>")]
    private static partial Regex TopBarName();
}
