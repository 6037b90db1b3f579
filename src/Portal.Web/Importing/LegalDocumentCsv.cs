using System.Globalization;
using System.Text;
using CsvHelper;
using Portal.Web.LegalDocuments;
using Portal.Web.Localization;
using Portal.Web.Publishing;

namespace Portal.Web.Importing;

/// <summary>What a CSV gave: its well-formed rows, the rows refused with their line, or the file refused as a whole.</summary>
public sealed record LegalDocumentCsvReading(IReadOnlyList<LegalDocumentCsvRow> Rows, IReadOnlyList<CsvRowProblem> Problems, string? FileRefusal);

/// <summary>
/// The import CSV of legal documents (RFC 4180, UTF-8 with or without BOM, a header row; documented in
/// docs/operations.md). Each row is read and checked on its own here: required fields, dates, lists, file names;
/// whatever needs the database (lists, relations, files, the editor's rules) is the importer's.
/// </summary>
public static class LegalDocumentCsv
{
    public static readonly string[] Columns =
    [
        "so_ky_hieu", "loai_van_ban", "co_quan_ban_hanh", "linh_vuc", "nguoi_ky", "chuc_vu", "ngay_ban_hanh", "ngay_hieu_luc",
        "ngay_het_hieu_luc", "hieu_luc_truoc_ngay_ban_hanh", "trich_yeu", "tinh_trang_hieu_luc", "ghi_chu_hieu_luc",
        "thay_the", "sua_doi", "huong_dan", "bai_bo", "tep", "trang_thai",
    ];

    private static readonly string[] RequiredColumns = ["so_ky_hieu", "loai_van_ban", "co_quan_ban_hanh", "linh_vuc", "ngay_ban_hanh", "trich_yeu"];

    private static readonly (string Column, RelationKind Kind)[] RelationColumns =
        [("thay_the", RelationKind.Replaces), ("sua_doi", RelationKind.Amends), ("huong_dan", RelationKind.Guides), ("bai_bo", RelationKind.Repeals)];

    private static readonly string[] DateFormats = ["dd/MM/yyyy", "d/M/yyyy"];

    /// <summary>Reads <paramref name="input"/>: UTF-8 with or without a byte order mark.</summary>
    public static LegalDocumentCsvReading Read(Stream input)
    {
        var problems = new List<CsvRowProblem>();
        var options = new CsvReaderOptions
        {
            Separator = ',',
            TrackLineNumbers = true,
            MalformedData = CsvMalformedDataHandling.Skip,
            FieldCountMismatch = CsvFieldCountHandling.Skip,
            OnMalformedRecord = record => problems.Add(new CsvRowProblem((int)record.LineNumber, record.Reason == CsvMalformedReason.FieldCountMismatch
                ? "số cột khác dòng tiêu đề (một dấu phẩy trong giá trị cần đặt giá trị trong ngoặc kép)."
                : "dấu ngoặc kép không đúng quy tắc CSV (RFC 4180): một dấu \" trong giá trị viết thành \"\".")),
        };
        using var csv = CsvReader.Create(input, options, leaveOpen: true);
        csv.ReadHeader();
        if (csv.Headers is not { Count: > 0 } header)
        {
            return new([], [], "Tệp CSV trống: dòng 1 phải là dòng tiêu đề với tên các cột.");
        }
        var names = header.Select(h => Clean(h).ToLowerInvariant()).ToList();
        // A misspelt column would silently drop its values on every row: the file is refused instead.
        if (names.FirstOrDefault(n => !Columns.Contains(n, StringComparer.Ordinal)) is { } unknown)
        {
            return new([], [], $"Cột không có trong định dạng nhập: “{unknown}”. Các cột: {string.Join(", ", Columns)}.");
        }
        if (RequiredColumns.FirstOrDefault(c => !names.Contains(c, StringComparer.Ordinal)) is { } missing)
        {
            return new([], [], $"Thiếu cột bắt buộc “{missing}”.");
        }

        var rows = new List<LegalDocumentCsvRow>();
        var lineOf = new Dictionary<string, int>(StringComparer.Ordinal);
        while (csv.Read())
        {
            var line = (int)csv.LineNumber!;
            var values = names.Select((name, i) => (name, value: Clean(csv.GetString(i)))).ToDictionary(p => p.name, p => p.value, StringComparer.Ordinal);
            if (values.Values.All(v => v.Length == 0))
            {
                continue;
            }
            var (row, reason) = ReadRow(line, values);
            if (row is not null && lineOf.TryGetValue(row.Identity, out var first))
            {
                reason = $"số ký hiệu “{row.Number}” của “{row.IssuerName}” đã có ở dòng {first}.";
                row = null;
            }
            if (row is null)
            {
                problems.Add(new CsvRowProblem(line, reason!, values.GetValueOrDefault("so_ky_hieu", "")));
                continue;
            }
            lineOf[row.Identity] = line;
            rows.Add(row);
        }
        return new(rows, problems.OrderBy(p => p.Line).ToList(), null);
    }

    private static (LegalDocumentCsvRow? Row, string? Reason) ReadRow(int line, Dictionary<string, string> values)
    {
        string Value(string column) => values.GetValueOrDefault(column, "");
        if (RequiredColumns.FirstOrDefault(c => Value(c).Length == 0) is { } empty)
        {
            return (null, $"thiếu giá trị bắt buộc ở cột “{empty}”.");
        }
        if (!TryDate(Value("ngay_ban_hanh"), out var issuedOn) || issuedOn is null)
        {
            return (null, $"ngày ban hành “{Value("ngay_ban_hanh")}” không đúng dạng ngày/tháng/năm (dd/MM/yyyy).");
        }
        if (!TryDate(Value("ngay_hieu_luc"), out var effectiveOn))
        {
            return (null, $"ngày hiệu lực “{Value("ngay_hieu_luc")}” không đúng dạng ngày/tháng/năm (dd/MM/yyyy).");
        }
        if (!TryDate(Value("ngay_het_hieu_luc"), out var expiresOn))
        {
            return (null, $"ngày hết hiệu lực “{Value("ngay_het_hieu_luc")}” không đúng dạng ngày/tháng/năm (dd/MM/yyyy).");
        }
        if (!TryYesNo(Value("hieu_luc_truoc_ngay_ban_hanh"), out var before))
        {
            return (null, $"cột “hieu_luc_truoc_ngay_ban_hanh” chỉ nhận “có” hoặc “không”, không phải “{Value("hieu_luc_truoc_ngay_ban_hanh")}”.");
        }
        if (!TryForce(Value("tinh_trang_hieu_luc"), out var force))
        {
            return (null, $"tình trạng hiệu lực “{Value("tinh_trang_hieu_luc")}” không rõ; dùng: {string.Join(", ", Enum.GetValues<LegalForce>().Select(LegalForceRule.Label))}, hoặc để trống để tính theo ngày.");
        }
        if (!TryStatus(Value("trang_thai"), out var status))
        {
            return (null, $"trạng thái “{Value("trang_thai")}” không rõ; dùng “xuất bản” (mặc định) hoặc “nháp”.");
        }
        var files = List(Value("tep"));
        if (files.FirstOrDefault(f => !IsPlainFileName(f)) is { } path)
        {
            return (null, $"tên tệp “{path}” không hợp lệ: chỉ ghi tên tệp trong thư mục tệp, không có đường dẫn.");
        }
        var relations = RelationColumns.SelectMany(c => List(Value(c.Column)).Select(n => new CsvRelation(c.Kind, n))).ToList();
        var numberKey = LegalDocumentNumber.Key(Value("so_ky_hieu"));
        if (numberKey.Length == 0)
        {
            return (null, $"số ký hiệu “{Value("so_ky_hieu")}” không có chữ hay số nào.");
        }
        if (relations.FirstOrDefault(r => LegalDocumentNumber.Key(r.TargetNumber) == numberKey) is { } self)
        {
            return (null, $"văn bản không thể {RelationLabels.Acting(self.Kind).ToLowerInvariant()} chính nó.");
        }
        return (new LegalDocumentCsvRow
        {
            Line = line,
            Number = Value("so_ky_hieu"),
            TypeName = Value("loai_van_ban"),
            IssuerName = Value("co_quan_ban_hanh"),
            FieldNames = List(Value("linh_vuc")),
            Signer = Value("nguoi_ky"),
            SignerTitle = Value("chuc_vu"),
            IssuedOn = issuedOn.Value,
            EffectiveOn = effectiveOn,
            ExpiresOn = expiresOn,
            EffectiveBeforeIssue = before,
            Abstract = Value("trich_yeu"),
            ForceByHand = force,
            ForceNote = Value("ghi_chu_hieu_luc"),
            Relations = relations,
            FileNames = files,
            Status = status,
        }, null);
    }

    /// <summary>Trimmed, in NFC, so that "Quyết định" typed in either Unicode form is one type.</summary>
    private static string Clean(string? value) => (value ?? "").Trim().Normalize(NormalizationForm.FormC);

    private static List<string> List(string value) =>
        value.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.Ordinal).ToList();

    private static bool TryDate(string value, out DateOnly? date)
    {
        date = null;
        if (value.Length == 0)
        {
            return true;
        }
        if (!DateOnly.TryParseExact(value, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            return false;
        }
        date = parsed;
        return true;
    }

    private static bool TryYesNo(string value, out bool yes)
    {
        var folded = VietnameseText.Fold(value);
        yes = folded is "co" or "x" or "1";
        return yes || folded is "" or "khong" or "0";
    }

    private static bool TryForce(string value, out LegalForce? force)
    {
        var folded = VietnameseText.Fold(value);
        force = folded == "het hieu luc" ? LegalForce.OutOfForce
            : Enum.GetValues<LegalForce>().Select(f => (LegalForce?)f).FirstOrDefault(f => VietnameseText.Fold(LegalForceRule.Label(f!.Value)) == folded);
        return force is not null || folded.Length == 0;
    }

    private static bool TryStatus(string value, out PublicationStatus status)
    {
        var folded = VietnameseText.Fold(value);
        status = folded is "nhap" or "ban nhap" ? PublicationStatus.Draft : PublicationStatus.Published;
        return folded is "" or "xuat ban" or "da xuat ban" or "nhap" or "ban nhap";
    }

    /// <summary>A name in the files folder itself: no folder, no way up or out of it, nothing a shell or Windows reads twice.</summary>
    public static bool IsPlainFileName(string name) =>
        name.Length is > 0 and <= LegalDocumentFile.FileNameMaxLength
        && name is not ("." or "..")
        && name.IndexOfAny(['/', '\\', ':', '\0']) < 0
        && !name.Any(char.IsControl)
        && Path.GetFileName(name) == name
        && !Path.IsPathRooted(name);
}
