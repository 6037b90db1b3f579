using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Portal.Tests.Builders;
using Portal.Web.Accounts;
using Portal.Web.Auditing;

namespace Portal.Tests.Integration;

/// <summary>Every save is kept: who, when, the Markdown; two versions compare line by line; one can be restored.</summary>
public sealed partial class ArticleHistoryTests : IDisposable
{
    private readonly PortalFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task EverySaveKeepsARevisionAndTheHistoryShowsWhatChanged()
    {
        using var editor = await _factory.SignedInAsync(Roles.Editor);
        var id = await editor.WriteAsync(new ArticleFormBuilder { Body = "Đoạn một.\n\nĐoạn hai." });
        await editor.EditAsync(id, f => f["Input.BodyMarkdown"] = "Đoạn một.\n\nĐoạn hai, đã sửa.");

        var revisions = await _factory.WithDbAsync(db => db.ArticleRevisions.Where(r => r.ArticleId == id).OrderBy(r => r.Id).ToListAsync());
        var history = Html.Text(await editor.GetStringAsync($"/admin/articles/history/{id}"));

        Assert.Equal(2, revisions.Count);
        Assert.All(revisions, r => Assert.StartsWith("editor-", r.CreatedBy, StringComparison.Ordinal));
        Assert.Equal(["Tạo bài", "Lưu"], revisions.Select(r => r.Note));
        Assert.Contains($"Khác biệt giữa phiên bản {revisions[0].Id} và {revisions[1].Id}", history);
        Assert.Contains("- Đoạn hai.", history);
        Assert.Contains("+ Đoạn hai, đã sửa.", history);
    }

    [Fact]
    public async Task ARevisionCanBeRestoredAsANewSave()
    {
        using var editor = await _factory.SignedInAsync(Roles.Editor);
        var id = await editor.WriteAsync(new ArticleFormBuilder { Title = "Tiêu đề ban đầu" });
        await editor.EditAsync(id, f => f["Input.Title"] = "Tiêu đề sửa nhầm");
        var first = await _factory.WithDbAsync(db => db.ArticleRevisions.Where(r => r.ArticleId == id).OrderBy(r => r.Id).FirstAsync());

        var page = await editor.GetStringAsync($"/admin/articles/history/{id}");
        var restored = await editor.PostFormAsync($"/admin/articles/history/{id}",
            new() { ["RevisionId"] = first.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), ["Version"] = VersionOf(page) },
            Newsroom.AntiforgeryToken(page), "Restore");

        Assert.Equal(HttpStatusCode.Redirect, restored.StatusCode);
        Assert.Equal("Tiêu đề ban đầu", (await _factory.ArticleAsync(id)).Title);
        Assert.Equal(3, await _factory.WithDbAsync(db => db.ArticleRevisions.CountAsync(r => r.ArticleId == id)));
        Assert.True(await _factory.WithDbAsync(db => db.AuditEntries.AnyAsync(e => e.Action == AuditActions.ArticleRestored)));
    }

    [Fact]
    public async Task ARevisionOfAnotherArticleIsRefusedWithAMessage()
    {
        using var editor = await _factory.SignedInAsync(Roles.Editor);
        var mine = await editor.WriteAsync(new ArticleFormBuilder { Title = "Bài của tôi" });
        var other = await editor.WriteAsync(new ArticleFormBuilder { Title = "Bài khác" });
        var otherRevision = await _factory.WithDbAsync(db => db.ArticleRevisions.Where(r => r.ArticleId == other).Select(r => r.Id).FirstAsync());
        var page = await editor.GetStringAsync($"/admin/articles/history/{mine}");

        var restore = await editor.PostFormAsync($"/admin/articles/history/{mine}",
            new() { ["RevisionId"] = otherRevision.ToString(System.Globalization.CultureInfo.InvariantCulture), ["Version"] = VersionOf(page) },
            Newsroom.AntiforgeryToken(page), "Restore");
        var compare = await editor.GetAsync($"/admin/articles/history/{mine}?from={otherRevision}&to=abc");

        Assert.Equal(HttpStatusCode.OK, restore.StatusCode);
        Assert.Contains("Phiên bản đã chọn không thuộc bài viết này.", Html.Text(await restore.Content.ReadAsStringAsync()));
        Assert.Equal("Bài của tôi", (await _factory.ArticleAsync(mine)).Title);
        Assert.Equal(HttpStatusCode.OK, compare.StatusCode);
        Assert.Contains("Phiên bản cần so sánh không thuộc bài viết này.", Html.Text(await compare.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task ASeededArticleKeepsItsOriginalTextAsTheFirstRevisionWhenFirstEdited()
    {
        using var approver = await _factory.SignedInAsync(Roles.Approver);
        var seeded = await _factory.WithDbAsync(db => db.Articles.OrderBy(a => a.Id).FirstAsync());

        await approver.EditAsync(seeded.Id, f => f["Input.Summary"] = "Tóm tắt mới của người duyệt.");

        var revisions = await _factory.WithDbAsync(db => db.ArticleRevisions.Where(r => r.ArticleId == seeded.Id).OrderBy(r => r.Id).ToListAsync());
        Assert.Equal(["Bản ban đầu", "Lưu"], revisions.Select(r => r.Note));
        Assert.Equal(seeded.Summary, revisions[0].Summary);
    }

    private static string VersionOf(string html) => VersionInput().Match(html).Groups[1].Value;

    [GeneratedRegex("name=\"Version\" value=\"([^\"]+)\"")]
    private static partial Regex VersionInput();
}
