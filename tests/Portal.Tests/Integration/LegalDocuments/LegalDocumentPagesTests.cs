using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Portal.Tests.Builders;
using Portal.Web.Accounts;
using Portal.Web.Auditing;
using Portal.Web.LegalDocuments;
using Portal.Web.LegalDocuments.Files;
using Portal.Web.Publishing;

namespace Portal.Tests.Integration.LegalDocuments;

/// <summary>The newsroom's document pages through HTTP, with real sign-ins and antiforgery tokens.</summary>
public sealed partial class LegalDocumentPagesTests : IDisposable
{
    private readonly PortalFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    private static Dictionary<string, string> Form(TestDocumentLists lists, string number, string abstractText = "Về việc quản lý chợ trên địa bàn tỉnh") => new()
    {
        ["Input.Number"] = number,
        ["Input.DocumentTypeId"] = lists.TypeId.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Input.IssuerId"] = lists.IssuerId.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Input.FieldIds"] = lists.FieldId.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Input.Signer"] = "Lê Văn Cường",
        ["Input.IssuedOn"] = "2026-04-01",
        ["Input.EffectiveOn"] = "2026-04-15",
        ["Input.Abstract"] = abstractText,
        ["Input.ForceByHand"] = "",
    };

    private static int IdOf(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return int.Parse(EditId().Match(response.Headers.Location!.OriginalString).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
    }

    [Fact]
    public async Task AnEditorWritesADocumentWithARelationAndSubmitsIt()
    {
        var lists = await _factory.DocumentListsAsync();
        var target = (await _factory.SaveDocumentAsync(lists.Input(LegalDocumentLibrary.NewNumber()))).Saved();
        using var editor = await _factory.SignedInAsync(Roles.Editor);
        var number = LegalDocumentLibrary.NewNumber();
        var form = Form(lists, number);
        form["Input.Relations[0].Kind"] = nameof(RelationKind.Replaces);
        form["Input.Relations[0].TargetNumber"] = target.Number;

        var id = IdOf(await editor.SubmitFormAsync("/admin/legaldocuments/edit", form, "Submit"));

        var document = await _factory.DocumentAsync(id);
        Assert.Equal(PublicationStatus.Submitted, document.Status);
        Assert.Equal(new DateOnly(2026, 4, 15), document.EffectiveOn);
        Assert.StartsWith("editor-", document.UpdatedBy, StringComparison.Ordinal);
        var page = await editor.GetStringAsync($"/admin/legaldocuments/edit/{id}");
        Assert.Contains(WebUtility.HtmlEncode(target.Number), page, StringComparison.Ordinal);
        Assert.Contains("Chờ duyệt", Html.Text(page), StringComparison.Ordinal);
        var targetPage = Html.Text(await editor.GetStringAsync($"/admin/legaldocuments/edit/{target.Id}"));
        Assert.Contains($"Được thay thế bởi {number}", targetPage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BadInputComesBackWithVietnameseMessagesAndEverythingTyped()
    {
        var lists = await _factory.DocumentListsAsync();
        using var editor = await _factory.SignedInAsync(Roles.Editor);
        var form = Form(lists, "77/2026/QĐ-KHONGLUU", "");
        form["Input.IssuedOn"] = "31/02/2026";
        form["Input.Signer"] = "Người ký <script>alert(1)</script>";
        form["Input.Relations[0].Kind"] = nameof(RelationKind.Amends);
        form["Input.Relations[0].TargetNumber"] = "1/1900/KHONG-CO";

        var response = await editor.SubmitFormAsync("/admin/legaldocuments/edit", form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        var text = Html.Text(html);
        Assert.Contains("\"31/02/2026\" không phải là ngày hợp lệ", text, StringComparison.Ordinal);
        Assert.Contains("Xin nhập trích yếu", text, StringComparison.Ordinal);
        Assert.Contains("value=\"77/2026/QĐ-KHONGLUU\"", WebUtility.HtmlDecode(html), StringComparison.Ordinal);
        Assert.Contains("value=\"31/02/2026\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"1/1900/KHONG-CO\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert(1)</script>", html, StringComparison.Ordinal);
        Assert.False(await _factory.WithDbAsync(db => db.LegalDocuments.AnyAsync(d => d.IssuerId == lists.IssuerId)));
    }

    [Fact]
    public async Task AFormWithoutItsAntiforgeryTokenIsRefused()
    {
        var lists = await _factory.DocumentListsAsync();
        using var editor = await _factory.SignedInAsync(Roles.Editor);
        var response = await editor.PostFormAsync("/admin/legaldocuments/edit", Form(lists, LegalDocumentLibrary.NewNumber()), token: null);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task AnonymousVisitorsAreSentToSignInAndEditorsCannotPublishOrDelete()
    {
        var lists = await _factory.DocumentListsAsync();
        var saved = (await _factory.SaveDocumentAsync(lists.Input(LegalDocumentLibrary.NewNumber()))).Saved();
        using var anonymous = _factory.CreateBrowser();
        var redirected = await anonymous.GetAsync("/admin/legaldocuments");
        Assert.Equal(HttpStatusCode.Redirect, redirected.StatusCode);
        Assert.Contains("/admin/account/login", redirected.Headers.Location!.OriginalString, StringComparison.OrdinalIgnoreCase);

        using var editor = await _factory.SignedInAsync(Roles.Editor);
        Assert.Equal(HttpStatusCode.Forbidden, (await editor.GetAsync($"/admin/legaldocuments/review/{saved.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await editor.PostAsync($"/admin/legaldocuments/review/{saved.Id}?handler=Publish", new FormUrlEncodedContent([]))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await editor.GetAsync($"/admin/legaldocuments/delete/{saved.Id}")).StatusCode);
        Assert.Equal(PublicationStatus.Draft, (await _factory.DocumentAsync(saved.Id)).Status);
    }

    [Fact]
    public async Task AnEditorCannotChangeAPublishedDocument()
    {
        var lists = await _factory.DocumentListsAsync();
        var saved = (await _factory.SaveDocumentAsync(lists.Input(LegalDocumentLibrary.NewNumber()))).Saved();
        await _factory.PublishDocumentAsync(saved.Id);
        using var editor = await _factory.SignedInAsync(Roles.Editor);

        var response = await EditAsync(editor, saved.Id, f => f["Input.Abstract"] = "Đổi trích yếu");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("chỉ người duyệt được sửa", Html.Text(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnApproverSchedulesPublishesSendsBackUnpublishesAndDeletes()
    {
        var lists = await _factory.DocumentListsAsync();
        var first = (await _factory.SaveDocumentAsync(lists.Input(LegalDocumentLibrary.NewNumber()))).Saved();
        using var approver = await _factory.SignedInAsync(Roles.Approver);

        Assert.Equal(HttpStatusCode.OK, (await ReviewAsync(approver, first.Id, "Schedule", new() { ["PublishAt"] = "không phải ngày" })).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await ReviewAsync(approver, first.Id, "Schedule", new() { ["PublishAt"] = "2026-12-01T08:00" })).StatusCode);
        Assert.Equal(new DateTime(2026, 12, 1, 1, 0, 0), (await _factory.DocumentAsync(first.Id)).PublishedAt);
        Assert.Equal(HttpStatusCode.Redirect, (await ReviewAsync(approver, first.Id, "Publish")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await ReviewAsync(approver, first.Id, "Unpublish")).StatusCode);
        Assert.Equal(PublicationStatus.Unpublished, (await _factory.DocumentAsync(first.Id)).Status);
        var sentBack = await ReviewAsync(approver, first.Id, "SendBack", new() { ["Comment"] = "Xin bổ sung tệp" });
        Assert.Equal(HttpStatusCode.Redirect, sentBack.StatusCode);
        Assert.Equal("Xin bổ sung tệp", (await _factory.DocumentAsync(first.Id)).ReviewComment);

        var deletePage = await approver.GetStringAsync($"/admin/legaldocuments/delete/{first.Id}");
        var deleted = await approver.PostFormAsync($"/admin/legaldocuments/delete/{first.Id}", [], Newsroom.AntiforgeryToken(deletePage));
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.False(await _factory.WithDbAsync(db => db.LegalDocuments.AnyAsync(d => d.Id == first.Id)));
        var actions = await _factory.WithDbAsync(db => db.AuditEntries.Where(e => e.Target == $"#{first.Id} {first.Number}").Select(e => e.Action).ToListAsync());
        Assert.Equal([AuditActions.DocumentCreated, AuditActions.DocumentScheduled, AuditActions.DocumentPublished, AuditActions.DocumentUnpublished,
            AuditActions.DocumentSentBack, AuditActions.DocumentDeleted], actions);
        Assert.Equal(HttpStatusCode.NotFound, (await approver.GetAsync($"/admin/legaldocuments/review/{first.Id}")).StatusCode);
    }

    [Fact]
    public async Task TheListFindsByNumberAndWordsAndFiltersByState()
    {
        var lists = await _factory.DocumentListsAsync();
        var number = LegalDocumentLibrary.NewNumber();
        var wanted = (await _factory.SaveDocumentAsync(lists.Input(number, "Về việc phòng chống lụt bão năm 2026"))).Saved();
        var other = (await _factory.SaveDocumentAsync(lists.Input(LegalDocumentLibrary.NewNumber(), "Về việc tuyển sinh đầu cấp"))).Saved();
        await _factory.PublishDocumentAsync(other.Id);
        using var editor = await _factory.SignedInAsync(Roles.Editor);

        var byNumber = Html.Text(await editor.GetStringAsync($"/admin/legaldocuments?q={Uri.EscapeDataString(LegalDocumentNumber.Key(number))}"));
        Assert.Contains(number, byNumber, StringComparison.Ordinal);
        Assert.DoesNotContain(other.Number, byNumber, StringComparison.Ordinal);
        var byWords = Html.Text(await editor.GetStringAsync("/admin/legaldocuments?q=phong+chong+lut+bao"));
        Assert.Contains(number, byWords, StringComparison.Ordinal);
        var published = Html.Text(await editor.GetStringAsync("/admin/legaldocuments?state=published&q=tuyen+sinh"));
        Assert.Contains(other.Number, published, StringComparison.Ordinal);
        Assert.DoesNotContain(wanted.Number, published, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await editor.GetAsync("/admin/legaldocuments?page=99999999999&state=nonsense&q=%27--%25_")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await editor.GetAsync("/admin/legaldocuments?q=%00")).StatusCode);
    }

    [Fact]
    public async Task FilesAreUploadedListedAndRemovedAndARefusedFileKeepsTheForm()
    {
        var lists = await _factory.DocumentListsAsync();
        using var editor = await _factory.SignedInAsync(Roles.Editor);
        var number = LegalDocumentLibrary.NewNumber();
        var pdf = SimplePdf.Write("Quyết định", ["Điều 1. Ban hành quy chế quản lý chợ đầu mối."]);

        var id = IdOf(await PostWithFileAsync(editor, "/admin/legaldocuments/edit", Form(lists, number), "quyết-định.pdf", pdf));

        var document = await _factory.WithDbAsync(db => db.LegalDocuments.Include(d => d.Files).SingleAsync(d => d.Id == id));
        var file = Assert.Single(document.Files);
        Assert.True(file.HasText);
        var page = await editor.GetStringAsync($"/admin/legaldocuments/edit/{id}");
        Assert.Contains("quyết-định.pdf", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Không có lớp chữ để tìm kiếm", page, StringComparison.Ordinal);
        var download = await editor.GetAsync($"/admin/legaldocuments/edit/{id}?handler=File&fileId={file.Id}");
        Assert.Equal("application/pdf", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal(pdf, await download.Content.ReadAsByteArrayAsync());

        // A scan without a text layer is marked.
        await _factory.WithDbAsync(db => db.LegalDocumentFiles.Where(f => f.Id == file.Id).ExecuteUpdateAsync(s => s.SetProperty(f => f.HasText, false)));
        Assert.Contains("Không có lớp chữ để tìm kiếm", await editor.GetStringAsync($"/admin/legaldocuments/edit/{id}"), StringComparison.Ordinal);

        // A file that is not what it claims: refused with the store's message, the fields kept.
        var refused = await PostWithFileAsync(editor, $"/admin/legaldocuments/edit/{id}", await CurrentFormAsync(editor, id, f => f["Input.Signer"] = "Người ký mới"),
            "giả.pdf", Encoding.UTF8.GetBytes("MZ not a pdf at all"));
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var refusedHtml = await refused.Content.ReadAsStringAsync();
        Assert.Contains("giả.pdf", Html.Text(refusedHtml), StringComparison.Ordinal);
        Assert.Contains("value=\"Người ký mới\"", WebUtility.HtmlDecode(refusedHtml), StringComparison.Ordinal);
        Assert.Single(await _factory.WithDbAsync(db => db.LegalDocumentFiles.Where(f => f.DocumentId == id).ToListAsync()));

        var removal = await CurrentFormAsync(editor, id, f => f["Input.RemovedFileIds"] = file.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(HttpStatusCode.Redirect, (await PostWithFileAsync(editor, $"/admin/legaldocuments/edit/{id}", removal, null, null)).StatusCode);
        Assert.Empty(await _factory.WithDbAsync(db => db.LegalDocumentFiles.Where(f => f.DocumentId == id).ToListAsync()));
    }

    [Fact]
    public async Task TheHistoryListsWhoChangedWhichField()
    {
        var lists = await _factory.DocumentListsAsync();
        using var editor = await _factory.SignedInAsync(Roles.Editor);
        var id = IdOf(await editor.SubmitFormAsync("/admin/legaldocuments/edit", Form(lists, LegalDocumentLibrary.NewNumber())));
        Assert.Equal(HttpStatusCode.Redirect, (await EditAsync(editor, id, f => f["Input.Abstract"] = "Về việc quản lý chợ đầu mối nông sản")).StatusCode);

        var history = Html.Text(await editor.GetStringAsync($"/admin/legaldocuments/history/{id}"));

        Assert.Contains("Trích yếu", history, StringComparison.Ordinal);
        Assert.Contains("+ Về việc quản lý chợ đầu mối nông sản", history, StringComparison.Ordinal);
        Assert.Contains("Tạo văn bản", history, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await editor.GetAsync("/admin/legaldocuments/history/999999999")).StatusCode);
    }

    private static async Task<Dictionary<string, string>> CurrentFormAsync(HttpClient browser, int id, Action<Dictionary<string, string>> change)
    {
        var page = await browser.GetStringAsync($"/admin/legaldocuments/edit/{id}");
        var fields = NewsroomArticles.FormFields(page);
        foreach (var key in fields.Keys.Where(k => k.StartsWith("Input.RemovedFileIds", StringComparison.Ordinal) || k.StartsWith("Input.EffectiveBeforeIssue", StringComparison.Ordinal)).ToList())
        {
            fields.Remove(key);
        }
        foreach (Match box in CheckedField().Matches(page))
        {
            fields[box.Groups[1].Value] = box.Groups[2].Value;
        }
        fields["__RequestVerificationToken"] = Newsroom.AntiforgeryToken(page);
        change(fields);
        return fields;
    }

    private static async Task<HttpResponseMessage> EditAsync(HttpClient browser, int id, Action<Dictionary<string, string>> change)
    {
        var fields = await CurrentFormAsync(browser, id, change);
        return await PostWithFileAsync(browser, $"/admin/legaldocuments/edit/{id}", fields, null, null);
    }

    private static async Task<HttpResponseMessage> PostWithFileAsync(HttpClient browser, string url, Dictionary<string, string> fields, string? fileName, byte[]? bytes)
    {
        if (!fields.ContainsKey("__RequestVerificationToken"))
        {
            fields["__RequestVerificationToken"] = Newsroom.AntiforgeryToken(await browser.GetStringAsync(url));
        }
        var content = new MultipartFormDataContent();
        foreach (var (name, value) in fields)
        {
            content.Add(new StringContent(value, Encoding.UTF8), name);
        }
        if (fileName is not null && bytes is not null)
        {
            var file = new ByteArrayContent(bytes);
            file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
            content.Add(file, "Uploads", fileName);
        }
        return await browser.PostAsync(url, content);
    }

    private static async Task<HttpResponseMessage> ReviewAsync(HttpClient approver, int id, string handler, Dictionary<string, string>? fields = null)
    {
        var page = await approver.GetStringAsync($"/admin/legaldocuments/review/{id}");
        var body = new Dictionary<string, string>(fields ?? []) { ["Version"] = VersionField().Match(page).Groups[1].Value };
        return await approver.PostFormAsync($"/admin/legaldocuments/review/{id}", body, Newsroom.AntiforgeryToken(page), handler);
    }

    [GeneratedRegex("/admin/legaldocuments/edit/(\\d+)", RegexOptions.IgnoreCase)]
    private static partial Regex EditId();

    [GeneratedRegex("name=\"Version\" value=\"([^\"]+)\"")]
    private static partial Regex VersionField();

    [GeneratedRegex("<input type=\"checkbox\" name=\"(Input\\.FieldIds)\" value=\"(\\d+)\" checked")]
    private static partial Regex CheckedField();
}
