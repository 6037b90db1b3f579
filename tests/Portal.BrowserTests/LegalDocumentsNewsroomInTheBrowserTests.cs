using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Portal.Web.Accounts;
using Portal.Web.Data;
using Portal.Web.Editing;
using Portal.Web.LegalDocuments;

namespace Portal.BrowserTests;

/// <summary>axe on the newsroom's document pages and the document lists, at a phone's width and a desktop's.</summary>
[Collection(PortalServerGroup.Name)]
public sealed class LegalDocumentsNewsroomInTheBrowserTests(PortalServer server)
{
    private static readonly AxeRunOptions Wcag21 = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
    };

    [Theory]
    [InlineData(360)]
    [InlineData(1280)]
    public async Task TheDocumentPagesHaveNoViolations(int width)
    {
        var email = $"quan-tri-{Guid.NewGuid():N}@portal.test";
        const string Password = "Mật-khẩu-trình-duyệt-2026";
        int id;
        await using (var scope = server.Services.CreateAsyncScope())
        {
            var (user, result) = await scope.ServiceProvider.GetRequiredService<UserAccounts>().CreateAsync(email, "Quản trị thử", Password, [Roles.Administrator]);
            Assert.True(user is not null, string.Join("; ", result.Errors.Select(e => e.Description)));
            id = await DocumentAsync(scope.ServiceProvider);
        }
        var watched = await server.NewPageAsync(width);
        var page = watched.Page;
        await watched.GoAsync("/admin/account/login");
        await page.FillAsync("#Input_Email", email);
        await page.FillAsync("#Input_Password", Password);
        await page.ClickAsync("button[type=submit]");
        await page.WaitForURLAsync("**/admin");

        // Every page at the desktop width; on a phone, the list and the form, which share their layout with the rest
        // (axe costs seconds a page on two cores).
        string[] everyPage =
        [
            "/admin/legaldocuments", "/admin/legaldocuments/edit", $"/admin/legaldocuments/edit/{id}", $"/admin/legaldocuments/history/{id}",
            $"/admin/legaldocuments/review/{id}", $"/admin/legaldocuments/delete/{id}", "/admin/documentlists/types", "/admin/documentlists/issuers",
        ];
        foreach (var path in width >= 1000 ? everyPage : everyPage[..3])
        {
            await watched.GoAsync(path);
            await AssertNoViolationsAsync(page, $"{path} at {width}px");
        }
        // The form sent back with its messages.
        await watched.GoAsync("/admin/legaldocuments/edit");
        await page.ClickAsync("form.form-grid button[type=submit].button:not(.button-secondary)");
        await AssertNoViolationsAsync(page, $"document form with errors at {width}px");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(PortalServer.ScreenshotFolder, $"admin-legaldocuments-edit-refused-{width}.png"), FullPage = true });
        Assert.Empty(watched.Problems);
        await page.Context.CloseAsync();
    }

    private static async Task<int> DocumentAsync(IServiceProvider services)
    {
        var db = services.GetRequiredService<PortalDbContext>();
        var tag = Guid.NewGuid().ToString("N")[..6];
        var type = new DocumentType { Name = $"Quyết định {tag}", Abbreviation = "QĐ" };
        var issuer = new DocumentIssuer { Name = $"UBND tỉnh {tag}", Slug = $"ubnd-tinh-{tag}" };
        var field = new DocumentField { Name = $"Đất đai {tag}" };
        db.AddRange(type, issuer, field);
        await db.SaveChangesAsync();
        var input = new LegalDocumentInput
        {
            Number = $"12/2026/QĐ-{tag.ToUpperInvariant()}", DocumentTypeId = type.Id, IssuerId = issuer.Id, FieldIds = [field.Id],
            IssuedOn = new DateOnly(2026, 3, 1), Abstract = "Về việc ban hành quy định quản lý đất đai",
        };
        var saved = await services.GetRequiredService<LegalDocumentService>().SaveAsync(input, "biên tập viên");
        return Assert.IsType<SaveResult<LegalDocument>.Saved>(saved).Value.Id;
    }

    private static async Task AssertNoViolationsAsync(IPage page, string where)
    {
        var axe = await page.RunAxe(Wcag21);
        Assert.True(axe.Violations.Length == 0, $"{where}: " + string.Join("; ", axe.Violations.Select(v => $"{v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Select(n => n.Html).Take(2))})")));
    }
}
