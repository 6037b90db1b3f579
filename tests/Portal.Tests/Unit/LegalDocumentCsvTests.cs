using System.Text;
using Portal.Web.Importing;
using Portal.Web.LegalDocuments;
using Portal.Web.Publishing;

namespace Portal.Tests.Unit;

/// <summary>The import CSV read on its own: fields, lists, dates, quoting, and each bad row reported by its line.</summary>
public sealed class LegalDocumentCsvTests
{
    private const string Header = "so_ky_hieu,loai_van_ban,co_quan_ban_hanh,linh_vuc,nguoi_ky,chuc_vu,ngay_ban_hanh,ngay_hieu_luc,trich_yeu,thay_the,sua_doi,tep,tinh_trang_hieu_luc,trang_thai";

    private static LegalDocumentCsvReading Read(string text, bool bom = false) =>
        LegalDocumentCsv.Read(new MemoryStream([.. bom ? Encoding.UTF8.GetPreamble() : [], .. Encoding.UTF8.GetBytes(text)]));

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void ReadsEveryFieldWithOrWithoutAByteOrderMark(bool bom)
    {
        var reading = Read(Header + "\n" +
            "15/2024/QĐ-UBND,Quyết định,UBND tỉnh,Đất đai; Tài chính,Nguyễn Văn A,Chủ tịch,05/03/2024,15/3/2024,Ban hành bảng giá đất,3/2020/QĐ-UBND,7/2021/QĐ-UBND;8/2021/QĐ-UBND,qd-15.pdf;phu-luc.pdf,,\n", bom);

        Assert.Null(reading.FileRefusal);
        Assert.Empty(reading.Problems);
        var row = Assert.Single(reading.Rows);
        Assert.Equal(2, row.Line);
        Assert.Equal("15/2024/QĐ-UBND", row.Number);
        Assert.Equal("Quyết định", row.TypeName);
        Assert.Equal("UBND tỉnh", row.IssuerName);
        Assert.Equal(["Đất đai", "Tài chính"], row.FieldNames);
        Assert.Equal(("Nguyễn Văn A", "Chủ tịch"), (row.Signer, row.SignerTitle));
        Assert.Equal(new DateOnly(2024, 3, 5), row.IssuedOn);
        Assert.Equal(new DateOnly(2024, 3, 15), row.EffectiveOn);
        Assert.Null(row.ExpiresOn);
        Assert.Equal([new(RelationKind.Replaces, "3/2020/QĐ-UBND"), new(RelationKind.Amends, "7/2021/QĐ-UBND"), new CsvRelation(RelationKind.Amends, "8/2021/QĐ-UBND")], row.Relations);
        Assert.Equal(["qd-15.pdf", "phu-luc.pdf"], row.FileNames);
        Assert.Null(row.ForceByHand);
        Assert.Equal(PublicationStatus.Published, row.Status);
    }

    [Fact]
    public void QuotedFieldsKeepCommasQuotesAndLineBreaksAndLaterLinesAreCountedRight()
    {
        var reading = Read(Header + "\r\n" +
            "\"1/2025/KH-UBND\",Kế hoạch,UBND tỉnh,Y tế,,,01/01/2025,,\"Kế hoạch \"\"phòng, chống\"\" dịch\r\nnăm 2025\",,,,Hết hiệu lực một phần,nháp\r\n" +
            "2/2025/KH-UBND,Kế hoạch,UBND tỉnh,Y tế,,,01/01/2025,,Dòng thứ tư,,,,,\r\n");

        Assert.Empty(reading.Problems);
        Assert.Equal([2, 4], reading.Rows.Select(r => r.Line));
        Assert.Equal("Kế hoạch \"phòng, chống\" dịch\r\nnăm 2025", reading.Rows[0].Abstract);
        Assert.Equal(LegalForce.PartlyOutOfForce, reading.Rows[0].ForceByHand);
        Assert.Equal(PublicationStatus.Draft, reading.Rows[0].Status);
    }

    [Fact]
    public void DecomposedVietnameseIsReadComposed()
    {
        var reading = Read((Header + "\n3/2025/QĐ-UBND,Quyết định,Sở Y tế,Y tế,,,01/02/2025,,Trích yếu có dấu,,,,,\n").Normalize(NormalizationForm.FormD));

        var row = Assert.Single(reading.Rows);
        Assert.Equal("Quyết định", row.TypeName);
        Assert.True(row.Abstract.IsNormalized(NormalizationForm.FormC));
    }

    [Theory]
    [InlineData("4/2025/QĐ-UBND,,UBND tỉnh,Y tế,,,01/02/2025,,Thiếu loại,,,,,", "loai_van_ban")]
    [InlineData("4/2025/QĐ-UBND,Quyết định,UBND tỉnh,Y tế,,,31/02/2025,,Ngày sai,,,,,", "ngày ban hành")]
    [InlineData("4/2025/QĐ-UBND,Quyết định,UBND tỉnh,Y tế,,,2025-02-01,,Ngày sai,,,,,", "dd/MM/yyyy")]
    [InlineData("4/2025/QĐ-UBND,Quyết định,UBND tỉnh,Y tế,,,01/02/2025,hôm qua,Ngày sai,,,,,", "ngày hiệu lực")]
    [InlineData("4/2025/QĐ-UBND,Quyết định,UBND tỉnh,Y tế,,,01/02/2025,,Tệp ngoài thư mục,,,../../etc/passwd,,", "không hợp lệ")]
    [InlineData("4/2025/QĐ-UBND,Quyết định,UBND tỉnh,Y tế,,,01/02/2025,,Tệp tuyệt đối,,,/etc/passwd,,", "không hợp lệ")]
    [InlineData("4/2025/QĐ-UBND,Quyết định,UBND tỉnh,Y tế,,,01/02/2025,,Tệp Windows,,,..\\a.pdf,,", "không hợp lệ")]
    [InlineData("4/2025/QĐ-UBND,Quyết định,UBND tỉnh,Y tế,,,01/02/2025,,Tình trạng lạ,,,,đang xét,", "tình trạng hiệu lực")]
    [InlineData("4/2025/QĐ-UBND,Quyết định,UBND tỉnh,Y tế,,,01/02/2025,,Trạng thái lạ,,,,,đã xóa", "trạng thái")]
    [InlineData("4/2025/QĐ-UBND,Quyết định,UBND tỉnh,Y tế,,,01/02/2025,,Tự thay thế,4 2025 qd ubnd,,,,", "chính nó")]
    [InlineData("///,Quyết định,UBND tỉnh,Y tế,,,01/02/2025,,Số không có chữ,,,,,", "số ký hiệu")]
    [InlineData("4/2025/QĐ-UBND,Quyết định,UBND tỉnh,Y tế,,,01/02/2025,,Thừa cột,,,,,,thừa", "số cột")]
    [InlineData("4/2025/QĐ-UBND,Quyết định,UBND tỉnh,Y tế,,,01/02/2025,,\"Ngoặc \"sai\" chỗ\",,,,,", "ngoặc kép")]
    public void EachBadRowIsReportedByItsLineAndTheGoodRowsAreKept(string bad, string reason)
    {
        var reading = Read(Header + "\n" +
            "5/2025/QĐ-UBND,Quyết định,UBND tỉnh,Y tế,,,01/02/2025,,Dòng tốt trước,,,,,\n" +
            bad + "\n" +
            "6/2025/QĐ-UBND,Quyết định,UBND tỉnh,Y tế,,,01/02/2025,,Dòng tốt sau,,,,,\n");

        var problem = Assert.Single(reading.Problems);
        Assert.Equal(3, problem.Line);
        Assert.Contains(reason, problem.Reason, StringComparison.Ordinal);
        Assert.Equal(["5/2025/QĐ-UBND", "6/2025/QĐ-UBND"], reading.Rows.Select(r => r.Number));
    }

    [Fact]
    public void ASecondRowOfTheSameNumberAndIssuerIsReportedWithTheFirstLine()
    {
        var reading = Read(Header + "\n" +
            "7/2025/QĐ-UBND,Quyết định,UBND tỉnh,Y tế,,,01/02/2025,,Lần đầu,,,,,\n" +
            "7 2025 qd ubnd,Quyết định,ubnd TỈNH,Y tế,,,01/02/2025,,Lần hai,,,,,\n" +
            "7/2025/QĐ-UBND,Quyết định,Sở Y tế,Y tế,,,01/02/2025,,Cơ quan khác: văn bản khác,,,,,\n");

        var problem = Assert.Single(reading.Problems);
        Assert.Equal(3, problem.Line);
        Assert.Contains("dòng 2", problem.Reason, StringComparison.Ordinal);
        Assert.Equal(2, reading.Rows.Count);
    }

    [Theory]
    [InlineData("", "trống")]
    [InlineData("so_ky_hieu,loai_van_ban,co_quan_ban_hanh,linh_vuc,ngay_ban_hanh,trich_yeu,ngay_ki\n", "ngay_ki")]
    [InlineData("so_ky_hieu,loai_van_ban,co_quan_ban_hanh,linh_vuc,ngay_ban_hanh\n", "trich_yeu")]
    public void AFileWithoutItsHeaderOrWithAnUnknownColumnIsRefusedWhole(string text, string named)
    {
        var reading = Read(text);

        Assert.NotNull(reading.FileRefusal);
        Assert.Contains(named, reading.FileRefusal, StringComparison.Ordinal);
        Assert.Empty(reading.Rows);
    }
}
