using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Portal.Tests.Builders;
using Portal.Tests.Integration.LegalDocuments;
using Portal.Web.Accounts;
using Portal.Web.Articles;
using Portal.Web.Auditing;
using Portal.Web.Consultations;
using Portal.Web.Editing;
using Portal.Web.LegalDocuments;
using Portal.Web.LegalDocuments.Files;
using Portal.Web.Media;
using Portal.Web.Publishing;

namespace Portal.Tests.Integration.Consultations;

/// <summary>What the newsroom's consultation form keeps and what it refuses, through the service and through HTTP.</summary>
public sealed class ConsultationSaveRulesTests : IDisposable
{
    private static readonly NewsroomUser Editor = new("bien-tap@portal.test", CanPublish: false);
    private readonly PortalFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    private static ConsultationInput Input(int issuerId, string title = "Dự thảo Quyết định quy định giá dịch vụ") => new()
    {
        Title = title,
        IssuerId = issuerId,
        Explanation = "Lý do ban hành.",
        OpensAt = "2026-12-01T08:00",
        ClosesAt = "2026-12-31T17:00",
        Sections = "Điều 1. Phạm vi\n\n  Điều 2. Đối tượng  \n",
    };

    private Task<SaveResult<Consultation>> SaveAsync(ConsultationInput input, NewsroomUser? user = null) =>
        _factory.WithAsync<ConsultationService, SaveResult<Consultation>>(s => s.SaveAsync(input, user ?? Editor));

    [Fact]
    public async Task ASaveKeepsTheFieldsTheTimesInUtcTheSectionsInOrderAndAnAuditEntry()
    {
        var issuer = await _factory.AddIssuerAsync();
        var input = Input(issuer.Id);
        input.Title = "Dự thảo Quyết định quy định giá dịch vụ".Normalize(NormalizationForm.FormD);

        var saved = (await SaveAsync(input)).Saved();

        var consultation = await _factory.ConsultationAsync(saved.Id);
        Assert.Equal("Dự thảo Quyết định quy định giá dịch vụ", consultation.Title);
        Assert.Equal("du-thao-quyet-dinh-quy-dinh-gia-dich-vu", consultation.Slug);
        Assert.Equal(new DateTime(2026, 12, 1, 1, 0, 0), consultation.OpensAt);
        Assert.Equal(new DateTime(2026, 12, 31, 10, 0, 0), consultation.ClosesAt);
        Assert.Equal(PublicationStatus.Draft, consultation.Status);
        Assert.Equal(["Điều 1. Phạm vi", "Điều 2. Đối tượng"], consultation.Sections.OrderBy(s => s.Position).Select(s => s.Title));
        Assert.Equal([AuditActions.ConsultationCreated], await _factory.AuditActionsAsync($"#{saved.Id} "));
    }

    [Fact]
    public async Task SectionsKeepTheirRowsWhenReorderedAndOneWithCommentsCannotBeDropped()
    {
        var consultation = await _factory.AddConsultationAsync();
        await _factory.AddCommentAsync(consultation, new TestComment { SectionIndex = 1 });
        var input = ConsultationInput.Of(await _factory.ConsultationAsync(consultation.Id));

        input.Sections = "Điều 2. Đối tượng áp dụng\nĐiều 1. Phạm vi điều chỉnh\nĐiều 3. Hiệu lực";
        var reordered = (await SaveAsync(input, new NewsroomUser("duyet@portal.test", CanPublish: true))).Saved();

        var sections = (await _factory.ConsultationAsync(consultation.Id)).Sections.OrderBy(s => s.Position).ToList();
        Assert.Equal([consultation.SectionIds[1], consultation.SectionIds[0]], sections.Take(2).Select(s => s.Id));
        Assert.Equal("Điều 3. Hiệu lực", sections[2].Title);

        var dropping = ConsultationInput.Of(await _factory.ConsultationAsync(consultation.Id));
        dropping.Sections = "Điều 1. Phạm vi điều chỉnh";
        var refused = (await SaveAsync(dropping, new NewsroomUser("duyet@portal.test", CanPublish: true))).Refusals();
        Assert.Contains("Điều 2. Đối tượng áp dụng", refused[nameof(ConsultationInput.Sections)], StringComparison.Ordinal);
        Assert.Contains("đã có góp ý", refused[nameof(ConsultationInput.Sections)], StringComparison.Ordinal);
        Assert.NotEqual(Guid.Empty, reordered.Version);
    }

    [Fact]
    public async Task BadInputIsRefusedWithAMessagePerField()
    {
        var issuer = await _factory.AddIssuerAsync();
        var closesFirst = Input(issuer.Id);
        closesFirst.ClosesAt = "30/11/2026 08:00";
        Assert.Equal("Thời điểm kết thúc lấy ý kiến phải sau thời điểm bắt đầu (08:00 | 01/12/2026).",
            (await SaveAsync(closesFirst)).Refusals()[nameof(ConsultationInput.ClosesAt)]);

        var sameTime = Input(issuer.Id);
        sameTime.ClosesAt = sameTime.OpensAt;
        Assert.True((await SaveAsync(sameTime)).Refusals().ContainsKey(nameof(ConsultationInput.ClosesAt)));

        var bad = new ConsultationInput { Title = new string('x', Consultation.TitleMaxLength + 1), IssuerId = int.MaxValue, OpensAt = "ngày mai", Sections = "Mục\nMục" };
        var refusals = (await SaveAsync(bad)).Refusals();
        Assert.Equal($"Tên dự thảo dài quá {Consultation.TitleMaxLength} ký tự.", refusals[nameof(ConsultationInput.Title)]);
        Assert.Equal("Cơ quan đã chọn không có trong danh mục: xin chọn lại.", refusals[nameof(ConsultationInput.IssuerId)]);
        Assert.Equal("\"ngày mai\" không phải là thời điểm hợp lệ: xin nhập theo dạng dd/MM/yyyy HH:mm (giờ Việt Nam).", refusals[nameof(ConsultationInput.OpensAt)]);
        Assert.Equal("Xin nhập thời điểm kết thúc lấy ý kiến.", refusals[nameof(ConsultationInput.ClosesAt)]);
        Assert.Contains("có hai lần", refusals[nameof(ConsultationInput.Sections)], StringComparison.Ordinal);

        Assert.Equal("Xin chọn cơ quan chủ trì soạn thảo.", (await SaveAsync(new ConsultationInput())).Refusals()[nameof(ConsultationInput.IssuerId)]);
        Assert.False(await _factory.WithDbAsync(db => db.Consultations.AnyAsync(c => c.IssuerId == issuer.Id)));
    }

    [Fact]
    public async Task AHostilePdfIsRefusedWithTheReadersMessageAndAGoodOneIsKeptByHash()
    {
        var issuer = await _factory.AddIssuerAsync();
        var hostile = Input(issuer.Id);
        var script = Unit.LegalDocuments.RawPdf.OnePage("/OpenAction << /S /JavaScript /JS (app.alert(1)) >>");
        hostile.NewFiles = [new DocumentFileUpload("Dự thảo.pdf", script)];

        Assert.Equal(DocumentFileMessages.Script("Dự thảo.pdf"), (await SaveAsync(hostile)).Refusals()[nameof(ConsultationInput.NewFiles)]);
        Assert.False(await _factory.WithDbAsync(db => db.Consultations.AnyAsync(c => c.IssuerId == issuer.Id)));
        Assert.Equal((0, 0), await _factory.StoredAsync(PhotoHash.Of(script)));

        var good = Input(issuer.Id);
        var pdf = SimplePdf.Write("Dự thảo", ["Điều 1. Phạm vi điều chỉnh của dự thảo."]);
        good.NewFiles = [new DocumentFileUpload("C:\\Users\\van-thu\\Dự thảo.pdf", pdf)];
        var saved = (await SaveAsync(good)).Saved();

        var file = Assert.Single((await _factory.ConsultationAsync(saved.Id)).Files);
        Assert.Equal(("Dự thảo.pdf", DocumentFileFormat.Pdf, false, PhotoHash.Of(pdf), true), (file.FileName, file.Format, file.IsSummary, file.Hash, file.HasText));

        // Removing it forgets the bytes, which nothing else keeps.
        var removing = ConsultationInput.Of(await _factory.ConsultationAsync(saved.Id));
        removing.RemovedFileIds = [file.Id];
        (await SaveAsync(removing)).Saved();
        Assert.Empty((await _factory.ConsultationAsync(saved.Id)).Files);
        Assert.Equal(0, (await _factory.StoredAsync(PhotoHash.Of(pdf))).Item2);
    }

    [Fact]
    public async Task ASaveBasedOnAnOldVersionIsAConflictAndAnEditorCannotChangeAPublishedConsultation()
    {
        var consultation = await _factory.AddConsultationAsync();
        var stale = ConsultationInput.Of(await _factory.ConsultationAsync(consultation.Id));
        stale.Version = Guid.NewGuid();
        Assert.IsType<SaveResult<Consultation>.Conflict>(await SaveAsync(stale, new NewsroomUser("duyet@portal.test", CanPublish: true)));

        var byEditor = ConsultationInput.Of(await _factory.ConsultationAsync(consultation.Id));
        byEditor.Title = "Đổi tên";
        Assert.Contains("chỉ người duyệt được sửa", (await SaveAsync(byEditor)).Refusals()[SaveResult<Consultation>.FormField], StringComparison.Ordinal);
        Assert.Equal(consultation.Title, (await _factory.ConsultationAsync(consultation.Id)).Title);
    }

    [Fact]
    public async Task TheFormComesBackWithVietnameseMessagesAndEverythingTyped()
    {
        var issuer = await _factory.AddIssuerAsync();
        using var editor = await _factory.SignedInAsync(Roles.Editor);
        var form = TestConsultations.Form(issuer.Id, "Dự thảo <script>alert(1)</script>");
        form["Input.ClosesAt"] = "01/11/2026 08:00";
        form["Input.IssuerId"] = "không phải số";

        var response = await editor.SubmitFormAsync("/admin/consultations/edit", form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        var text = Html.Text(html);
        Assert.Contains("Thời điểm kết thúc lấy ý kiến phải sau thời điểm bắt đầu", text, StringComparison.Ordinal);
        Assert.Contains("Xin chọn cơ quan chủ trì soạn thảo.", text, StringComparison.Ordinal);
        Assert.Contains("value=\"01/11/2026 08:00\"", html, StringComparison.Ordinal);
        Assert.Contains("Dự thảo &lt;script&gt;alert(1)&lt;/script&gt;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert(1)</script>", html, StringComparison.Ordinal);
        Assert.Contains("Điều 2. Đối tượng", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnEditorWritesAConsultationWithAFileAndSubmitsItAndARefusedFileKeepsTheForm()
    {
        var issuer = await _factory.AddIssuerAsync();
        using var editor = await _factory.SignedInAsync(Roles.Editor);
        var hostile = Unit.LegalDocuments.RawPdf.OnePage("/OpenAction << /S /Launch /F (cmd.exe) >>");

        var refused = await PostWithFileAsync(editor, "/admin/consultations/edit", TestConsultations.Form(issuer.Id, "Dự thảo bị từ chối tệp"), "xấu.pdf", hostile);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var refusedText = Html.Text(await refused.Content.ReadAsStringAsync());
        Assert.Contains(DocumentFileMessages.Launch("xấu.pdf"), refusedText, StringComparison.Ordinal);
        Assert.Contains("Dự thảo bị từ chối tệp", refusedText, StringComparison.Ordinal);

        var pdf = SimplePdf.Write("Dự thảo", ["Điều 1. Quy định chung."]);
        var saved = await PostWithFileAsync(editor, "/admin/consultations/edit?handler=Submit", TestConsultations.Form(issuer.Id, "Dự thảo gửi duyệt"), "du-thao.pdf", pdf,
            "/admin/consultations/edit");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var id = int.Parse(saved.Headers.Location!.OriginalString.Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture);
        var consultation = await _factory.ConsultationAsync(id);
        Assert.Equal(PublicationStatus.Submitted, consultation.Status);
        Assert.Single(consultation.Files);
        Assert.Equal([AuditActions.ConsultationCreated, AuditActions.ConsultationSubmitted], await _factory.AuditActionsAsync($"#{id} "));
        var list = Html.Text(await editor.GetStringAsync("/admin/consultations"));
        Assert.Contains("Dự thảo gửi duyệt", list, StringComparison.Ordinal);
        Assert.Contains("Sắp lấy ý kiến", list, StringComparison.Ordinal);
    }

    private static async Task<HttpResponseMessage> PostWithFileAsync(HttpClient browser, string url, Dictionary<string, string> fields, string fileName, byte[] bytes, string? pageUrl = null)
    {
        fields["__RequestVerificationToken"] = Newsroom.AntiforgeryToken(await browser.GetStringAsync(pageUrl ?? url));
        var content = new MultipartFormDataContent();
        foreach (var (name, value) in fields)
        {
            content.Add(new StringContent(value, Encoding.UTF8), name);
        }
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        content.Add(file, "Uploads", fileName);
        return await browser.PostAsync(url, content);
    }
}
