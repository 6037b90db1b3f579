using System.Net;
using Microsoft.EntityFrameworkCore;
using Portal.Tests.Builders;
using Portal.Web.Accounts;
using Portal.Web.Auditing;

namespace Portal.Tests.Integration.LegalDocuments;

/// <summary>Administrators keep the document lists: add, rename, order, and delete only what no document uses.</summary>
public sealed class DocumentListsAdminTests : IDisposable
{
    private readonly PortalFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    private static async Task<HttpResponseMessage> PostAsync(HttpClient admin, string list, string handler, Dictionary<string, string> fields, int? id = null)
    {
        var page = await admin.GetStringAsync($"/admin/documentlists/{list}");
        var url = id is null ? $"/admin/documentlists/{list}" : $"/admin/documentlists/{list}?id={id}";
        return await admin.PostFormAsync(url, fields, Newsroom.AntiforgeryToken(page), handler);
    }

    [Fact]
    public async Task AnAdministratorAddsRenamesAndOrdersTypesWithTheirAbbreviation()
    {
        using var admin = await _factory.SignedInAsync(Roles.Administrator);
        var name = $"Hướng dẫn {Guid.NewGuid():N}"[..20];

        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(admin, "types", "Save", new() { ["Input.Name"] = name, ["Input.Extra"] = "HD" })).StatusCode);
        var type = await _factory.WithDbAsync(db => db.DocumentTypes.SingleAsync(t => t.Name == name));
        Assert.Equal("HD", type.Abbreviation);

        var duplicate = await PostAsync(admin, "types", "Save", new() { ["Input.Name"] = name, ["Input.Extra"] = "X" });
        Assert.Equal(HttpStatusCode.OK, duplicate.StatusCode);
        Assert.Contains("đã có", Html.Text(await duplicate.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        var empty = await PostAsync(admin, "types", "Save", new() { ["Input.Name"] = "  ", ["Input.Extra"] = "Y" });
        Assert.Contains("Xin nhập tên.", Html.Text(await empty.Content.ReadAsStringAsync()), StringComparison.Ordinal);

        var renamed = name + " mới";
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(admin, "types", "Save", new() { ["EditedId"] = type.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), ["Input.Name"] = renamed, ["Input.Extra"] = "HD" })).StatusCode);
        Assert.Equal(renamed, (await _factory.WithDbAsync(db => db.DocumentTypes.SingleAsync(t => t.Id == type.Id))).Name);

        var before = await _factory.WithDbAsync(db => db.DocumentTypes.OrderBy(t => t.SortOrder).ThenBy(t => t.Name).ThenBy(t => t.Id).Select(t => t.Id).ToListAsync());
        if (before.Count > 1)
        {
            Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(admin, "types", "MoveUp", [], type.Id)).StatusCode);
            var after = await _factory.WithDbAsync(db => db.DocumentTypes.OrderBy(t => t.SortOrder).ThenBy(t => t.Name).ThenBy(t => t.Id).Select(t => t.Id).ToListAsync());
            Assert.Equal(before.IndexOf(type.Id) - 1, after.IndexOf(type.Id));
        }
        var audit = await _factory.WithDbAsync(db => db.AuditEntries.Where(e => e.Action == AuditActions.DocumentListChanged && e.Target.Contains(name)).CountAsync());
        Assert.True(audit >= 2);
    }

    [Fact]
    public async Task AnIssuerGetsASlugFromItsNameAndABadSlugIsRefused()
    {
        using var admin = await _factory.SignedInAsync(Roles.Administrator);
        var tag = Guid.NewGuid().ToString("N")[..6];
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(admin, "issuers", "Save", new() { ["Input.Name"] = $"Sở Tài nguyên và Môi trường {tag}", ["Input.Extra"] = "" })).StatusCode);
        Assert.Equal($"so-tai-nguyen-va-moi-truong-{tag}", await _factory.WithDbAsync(db => db.DocumentIssuers.Where(i => i.Name.EndsWith(tag)).Select(i => i.Slug).SingleAsync()));

        var bad = await PostAsync(admin, "issuers", "Save", new() { ["Input.Name"] = $"Sở Y tế {tag}", ["Input.Extra"] = "Sở Y Tế!" });
        Assert.Equal(HttpStatusCode.OK, bad.StatusCode);
        var html = await bad.Content.ReadAsStringAsync();
        Assert.Contains("Đường dẫn chỉ gồm chữ thường", Html.Text(html), StringComparison.Ordinal);
        Assert.Contains($"Sở Y tế {tag}", WebUtility.HtmlDecode(html), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AFieldADocumentUsesCannotBeDeletedAndAnUnusedOneCan()
    {
        var lists = await _factory.DocumentListsAsync();
        (await _factory.SaveDocumentAsync(lists.Input(LegalDocumentLibrary.NewNumber()))).Saved();
        using var admin = await _factory.SignedInAsync(Roles.Administrator);

        var refused = await PostAsync(admin, "fields", "Delete", [], lists.FieldId);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("1 văn bản đang dùng", Html.Text(await refused.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await PostAsync(admin, "types", "Delete", [], lists.TypeId)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await PostAsync(admin, "issuers", "Delete", [], lists.IssuerId)).StatusCode);

        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(admin, "fields", "Delete", [], lists.OtherFieldId)).StatusCode);
        Assert.False(await _factory.WithDbAsync(db => db.DocumentFields.AnyAsync(f => f.Id == lists.OtherFieldId)));
        Assert.True(await _factory.WithDbAsync(db => db.AuditEntries.AnyAsync(e => e.Action == AuditActions.DocumentListDeleted)));
        Assert.Equal(HttpStatusCode.NotFound, (await PostAsync(admin, "fields", "Delete", [], lists.OtherFieldId)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/admin/documentlists/khong-co")).StatusCode);
    }

    [Fact]
    public async Task AnEditorIsRefused()
    {
        using var editor = await _factory.SignedInAsync(Roles.Editor);
        Assert.Equal(HttpStatusCode.Forbidden, (await editor.GetAsync("/admin/documentlists/types")).StatusCode);
    }
}
