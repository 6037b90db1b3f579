using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Web.Articles;
using Portal.Web.Importing;
using Portal.Web.LegalDocuments;
using Portal.Web.LegalDocuments.Files;
using Portal.Web.Publishing;
using Portal.Web.Search;

namespace Portal.Tests.Integration;

/// <summary>
/// <c>import-documents</c> on the real app: rows saved by the editor's rules, lists added, relations in any order,
/// files read from the folder, published and searchable; a second run changes nothing; each bad row reported by its
/// line and skipped whole while the good ones go in.
/// </summary>
public sealed class LegalDocumentImportTests : IDisposable
{
    private const string Header = "so_ky_hieu,loai_van_ban,co_quan_ban_hanh,linh_vuc,nguoi_ky,chuc_vu,ngay_ban_hanh,ngay_hieu_luc,trich_yeu,thay_the,huong_dan,tep,tinh_trang_hieu_luc,ghi_chu_hieu_luc";

    private readonly PortalFactory _factory = new();
    private readonly string _folder = Directory.CreateTempSubdirectory("portal-import-").FullName;

    public void Dispose()
    {
        _factory.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    private static DateOnly Today => DateOnly.FromDateTime(PortalFactory.Now.UtcDateTime);

    private void Pdf(string name, string uniqueWord) =>
        File.WriteAllBytes(Path.Combine(_folder, name), SimplePdf.Write($"Văn bản {name}", [$"Nội dung có từ {uniqueWord} để tìm kiếm.", "Điều 2. Hiệu lực thi hành."]));

    private async Task<LegalDocumentImportReport> ImportAsync(string csv)
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        var importer = scope.ServiceProvider.GetRequiredService<LegalDocumentImporter>();
        return await importer.ImportAsync(new MemoryStream(Encoding.UTF8.GetBytes(csv)), new FolderImportFiles(_folder), ArticleService.SystemUser);
    }

    private Task<LegalDocument?> FindAsync(string number) => _factory.WithDbAsync(db => db.LegalDocuments.AsNoTracking().AsSplitQuery()
        .Include(d => d.DocumentType).Include(d => d.Issuer).Include(d => d.Fields).Include(d => d.Files)
        .FirstOrDefaultAsync(d => d.NumberKey == LegalDocumentNumber.Key(number)));

    private async Task<IReadOnlyList<SearchHit>> SearchAsync(string words)
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        var search = scope.ServiceProvider.GetRequiredService<ISearch>();
        return (await search.SearchAsync(SearchQuery.Parse(words), 1, 20, LegalDocumentSearchSource.Name)).Items;
    }

    // The replacing row comes first: relations within the file resolve whatever the order.
    private static string HappyCsv() => Header + "\n" +
        "91/2026/QĐ-UBND,Quyết định,UBND tỉnh,Đất đai;Lĩnh vực nhập thử,Trương Minh Khiêm,Chủ tịch,02/03/2026,15/03/2026,\"Thay thế quy định \"\"hạn mức\"\", tách thửa\",90/2021/QĐ-UBND,,qd-91.pdf,,\n" +
        "90/2021/QĐ-UBND,Quyết định,UBND tỉnh,Đất đai,Lâm Quốc Bảo,Phó Chủ tịch,01/02/2021,10/02/2021,Quy định cũ về tách thửa,,,qd-90.pdf,,\n" +
        "77/HD-SDL,Hướng dẫn nhập thử,Sở Du lịch nhập thử,Lĩnh vực nhập thử,Ngô Văn Tâm,Giám đốc,05/03/2026,,Hướng dẫn thi hành quyết định mới,,91/2026/QĐ-UBND,hd-77.pdf;phu-luc-77.pdf,Hết hiệu lực một phần,Mục 2 đã được thay thế.\n";

    private void HappyFiles()
    {
        Pdf("qd-91.pdf", "xanhlamngoc");
        Pdf("qd-90.pdf", "vangchanh");
        Pdf("hd-77.pdf", "tímhoacà");
        Pdf("phu-luc-77.pdf", "phulucnhapthu");
    }

    [Fact]
    public async Task EveryFieldListRelationAndFileGoesInPublishedAndSearchable()
    {
        HappyFiles();

        var report = await ImportAsync(HappyCsv());

        Assert.True(report.Succeeded, string.Join("\n", report.Problems));
        Assert.Equal(3, report.Created);
        var replacing = (await FindAsync("91/2026/QĐ-UBND"))!;
        Assert.Equal("Quyết định", replacing.DocumentType!.Name);
        Assert.Equal("UBND tỉnh", replacing.Issuer!.Name);
        Assert.Equal(["Lĩnh vực nhập thử", "Đất đai"], replacing.Fields.Select(f => f.Name).Order(StringComparer.Ordinal));
        Assert.Equal(("Trương Minh Khiêm", "Chủ tịch"), (replacing.Signer, replacing.SignerTitle));
        Assert.Equal((new DateOnly(2026, 3, 2), new DateOnly(2026, 3, 15)), (replacing.IssuedOn, replacing.EffectiveOn));
        Assert.Equal("Thay thế quy định \"hạn mức\", tách thửa", replacing.Abstract);
        Assert.Equal(PublicationStatus.Published, replacing.Status);
        Assert.Contains("xanhlamngoc", Assert.Single(replacing.Files).Text, StringComparison.Ordinal);

        var replaced = (await FindAsync("90/2021/QĐ-UBND"))!;
        Assert.Equal(LegalForce.OutOfForce, LegalForceRule.On(replaced, Today));
        Assert.Equal(new DateOnly(2026, 3, 15), replaced.OutOfForceOn);

        var guide = (await FindAsync("77/HD-SDL"))!;
        Assert.Equal("Sở Du lịch nhập thử", guide.Issuer!.Name);
        Assert.Equal("so-du-lich-nhap-thu", guide.Issuer.Slug);
        Assert.Equal("Hướng dẫn nhập thử", guide.DocumentType!.Name);
        Assert.Equal(LegalForce.PartlyOutOfForce, guide.ForceByHand);
        Assert.Equal(["hd-77.pdf", "phu-luc-77.pdf"], guide.Files.OrderBy(f => f.SortOrder).Select(f => f.FileName));
        var relations = await _factory.WithDbAsync(db => db.LegalDocumentRelations.AsNoTracking()
            .Where(r => r.DocumentId == replacing.Id || r.DocumentId == guide.Id).Select(r => new { r.DocumentId, r.Kind, r.TargetId }).ToListAsync());
        Assert.Contains(new { DocumentId = replacing.Id, Kind = RelationKind.Replaces, TargetId = replaced.Id }, relations);
        Assert.Contains(new { DocumentId = guide.Id, Kind = RelationKind.Guides, TargetId = replacing.Id }, relations);

        Assert.Equal(replacing.Id, Assert.Single(await SearchAsync("xanhlamngoc")).Id);
        Assert.Equal(guide.Id, Assert.Single(await SearchAsync("phulucnhapthu")).Id);
        Assert.Equal(guide.Id, Assert.Single(await SearchAsync("timhoaca")).Id);
    }

    [Fact]
    public async Task ASecondRunOfTheSameFileChangesNothingAndAChangedRowIsUpdatedInPlace()
    {
        HappyFiles();
        Assert.True((await ImportAsync(HappyCsv())).Succeeded);
        var before = await CountsAsync();

        var again = await ImportAsync(HappyCsv());

        Assert.Equal((0, 0, 3), (again.Created, again.Updated, again.Unchanged));
        Assert.Equal(before, await CountsAsync());

        Pdf("qd-90.pdf", "camdatnung");
        var changed = await ImportAsync(HappyCsv().Replace("Quy định cũ về tách thửa", "Quy định cũ về tách thửa và hợp thửa", StringComparison.Ordinal));

        Assert.True(changed.Succeeded, string.Join("\n", changed.Problems));
        Assert.Equal((0, 1, 2), (changed.Created, changed.Updated, changed.Unchanged));
        var updated = (await FindAsync("90/2021/QĐ-UBND"))!;
        Assert.Equal("Quy định cũ về tách thửa và hợp thửa", updated.Abstract);
        Assert.Contains("camdatnung", Assert.Single(updated.Files).Text, StringComparison.Ordinal);
        Assert.Equal(before.Documents, (await CountsAsync()).Documents);
        Assert.Empty(await SearchAsync("vangchanh"));
    }

    private Task<(int Documents, int Files, int Relations, int Types, int Issuers, int Fields)> CountsAsync() => _factory.WithDbAsync(async db => (
        await db.LegalDocuments.CountAsync(), await db.LegalDocumentFiles.CountAsync(), await db.LegalDocumentRelations.CountAsync(),
        await db.DocumentTypes.CountAsync(), await db.DocumentIssuers.CountAsync(), await db.DocumentFields.CountAsync()));

    [Fact]
    public async Task EachBadRowIsReportedByLineAndSkippedWholeWhileTheGoodRowsGoIn()
    {
        Pdf("tot.pdf", "dongtotnhat");
        Pdf("tot-2.pdf", "dongtothai");
        Pdf("bi-bo.pdf", "khongduocluu");
        // Bytes that are not what the name claims, and a PDF that carries a script.
        File.WriteAllBytes(Path.Combine(_folder, "gia-mao.pdf"), Encoding.ASCII.GetBytes("MZ\u0090\0 this is a program, not a PDF"));
        File.WriteAllText(Path.Combine(_folder, "co-script.pdf"),
            "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R /OpenAction << /S /JavaScript /JS (app.alert(1)) >> >> endobj\n" +
            "2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");
        var fieldsBefore = await CountsAsync();
        var csv = Header + "\n" +
            "1/2026/QĐ-BADR,Quyết định,UBND tỉnh,Y tế,,,01/02/2026,,Dòng tốt đầu tiên,,,tot.pdf,,\n" +            // line 2
            "2/2026/QĐ-BADR,Quyết định,UBND tỉnh,Y tế,,,30/02/2026,,Ngày không có,,,,,\n" +                     // 3: bad date
            "3/2026/QĐ-BADR,Quyết định,UBND tỉnh,,,,01/02/2026,,Thiếu lĩnh vực,,,,,\n" +                       // 4: missing field
            "4/2026/QĐ-BADR,Quyết định,UBND tỉnh,Y tế,,,01/02/2026,,Tệp không có,,,bi-bo.pdf;khong-co.pdf,,\n" + // 5: unknown file
            "5/2026/QĐ-BADR,Quyết định,UBND tỉnh,Y tế,,,01/02/2026,,Tệp giả mạo,,,gia-mao.pdf,,\n" +          // 6: bytes not a PDF
            "6/2026/QĐ-BADR,Quyết định,UBND tỉnh,Y tế,,,01/02/2026,,Tệp có mã,,,bi-bo.pdf;co-script.pdf,,\n" + // 7: hostile PDF
            "7/2026/QĐ-BADR,Quyết định,UBND tỉnh,Y tế,,,01/02/2026,,Trỏ đi đâu,999/2099/QĐ-KHONGCO,,,,\n" +   // 8: unknown relation
            "8/2026/QĐ-BADR,Quyết định,UBND tỉnh,Y tế,,,01/02/2026,,Đường dẫn,,,../../etc/passwd,,\n" +        // 9: path traversal
            "9/2026/QĐ-BADR,Quyết định,UBND tỉnh,Y tế,,,01/02/2026,15/01/2026,Hiệu lực trước ban hành,,,,,\n" + // 10: the editor's rule
            "10/2026/QĐ-BADR,Loại mới bị bỏ,Cơ quan mới bị bỏ,Lĩnh vực mới bị bỏ,,,01/02/2026,,Trỏ vào dòng hỏng,2/2026/QĐ-BADR,,,,\n" + // 11
            "11/2026/QĐ-BADR,Quyết định,UBND tỉnh,Y tế,,,01/02/2026,,Dòng tốt cuối,,,tot-2.pdf,,\n";          // 12

        var report = await ImportAsync(csv);

        Assert.False(report.Succeeded);
        Assert.Equal(2, report.Created);
        var reasons = report.Problems.ToDictionary(p => p.Line, p => p.Reason);
        Assert.True(reasons.Count == 9, string.Join("\n", report.Problems));
        Assert.Equal([3, 4, 5, 6, 7, 8, 9, 10, 11], reasons.Keys.Order());
        Assert.Contains("ngày ban hành", reasons[3], StringComparison.Ordinal);
        Assert.True(reasons[4].Contains("linh_vuc", StringComparison.Ordinal), string.Join("\n", report.Problems));
        Assert.Contains("khong-co.pdf", reasons[5], StringComparison.Ordinal);
        Assert.Contains("gia-mao.pdf", reasons[6], StringComparison.Ordinal);
        Assert.Contains("co-script.pdf", reasons[7], StringComparison.Ordinal);
        Assert.Contains("999/2099/QĐ-KHONGCO", reasons[8], StringComparison.Ordinal);
        Assert.Contains("không hợp lệ", reasons[9], StringComparison.Ordinal);
        Assert.Contains("trước ngày ban hành", reasons[10], StringComparison.Ordinal);
        Assert.Contains("dòng 3", reasons[11], StringComparison.Ordinal);

        Assert.NotNull(await FindAsync("1/2026/QĐ-BADR"));
        Assert.NotNull(await FindAsync("11/2026/QĐ-BADR"));
        foreach (var bad in new[] { "2", "3", "4", "5", "6", "7", "8", "9", "10" })
        {
            Assert.Null(await FindAsync($"{bad}/2026/QĐ-BADR"));
        }
        // Nothing of a skipped row stays: not its files, nor the lists it would have added.
        Assert.Empty(await SearchAsync("khongduocluu"));
        var hash = Portal.Web.Media.PhotoHash.Of(await File.ReadAllBytesAsync(Path.Combine(_folder, "bi-bo.pdf")));
        Assert.False(await _factory.WithDbAsync(db => db.LegalDocumentFiles.AnyAsync(f => f.Hash == hash)));
        var after = await CountsAsync();
        Assert.Equal((fieldsBefore.Types, fieldsBefore.Issuers, fieldsBefore.Fields), (after.Types, after.Issuers, after.Fields));
        Assert.Equal(fieldsBefore.Files + 2, after.Files);
    }

    [Fact]
    public async Task AFileOutsideTheFolderOrALinkOutOfItIsRefused()
    {
        var outside = Path.Combine(Path.GetTempPath(), $"portal-outside-{Guid.NewGuid():N}.pdf");
        await File.WriteAllBytesAsync(outside, SimplePdf.Write("Ngoài thư mục", ["Không được đọc."]));
        try
        {
            File.CreateSymbolicLink(Path.Combine(_folder, "lien-ket.pdf"), outside);
            var files = new FolderImportFiles(_folder);

            Assert.Null((await files.ReadAsync("lien-ket.pdf", default)).Content);
            Assert.Null((await files.ReadAsync("../" + Path.GetFileName(outside), default)).Content);
            Assert.Null((await files.ReadAsync(outside, default)).Content);
            Assert.Contains("../../etc/passwd", (await files.ReadAsync("../../etc/passwd", default)).Problem, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(outside);
        }
    }
}
