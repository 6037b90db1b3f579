using System.Globalization;
using System.Text;
using Portal.Web.Common;
using Portal.Web.Search;

namespace Portal.Web.LegalDocuments;

/// <summary>
/// The filters of the document list and its open data, as read from the address: words (<c>q</c>), số ký hiệu
/// (<c>so</c>), type (<c>loai</c>), issuer (<c>co-quan</c>), field (<c>linh-vuc</c>), year (<c>nam</c>), issue dates
/// (<c>tu</c>, <c>den</c>, dd/MM/yyyy) and legal force (<c>hieu-luc</c>). A value that cannot be read is left out,
/// with a Vietnamese message saying so; only a query too long to be a search is refused outright.
/// </summary>
public sealed record LegalDocumentFilter
{
    public const string WordsName = "q";
    public const string NumberName = "so";
    public const string TypeName = "loai";
    public const string IssuerName = "co-quan";
    public const string FieldName = "linh-vuc";
    public const string YearName = "nam";
    public const string FromName = "tu";
    public const string ToName = "den";
    public const string ForceName = "hieu-luc";

    public const int MinYear = 1945;
    public const int MaxYear = 2100;
    private const string DateFormat = "dd/MM/yyyy";

    public static readonly LegalDocumentFilter None = new();

    public string? Words { get; init; }
    public string? Number { get; init; }
    public int? TypeId { get; init; }
    public int? IssuerId { get; init; }
    public int? FieldId { get; init; }
    public int? Year { get; init; }
    public DateOnly? From { get; init; }
    public DateOnly? To { get; init; }
    public LegalForce? Force { get; init; }

    /// <summary>What was typed but left out, in Vietnamese, one sentence each.</summary>
    public IReadOnlyList<string> Problems { get; init; } = [];

    /// <summary>The parsed words, empty when none (or none but punctuation) were typed.</summary>
    public SearchQuery WordQuery => SearchQuery.Parse(Words);

    /// <summary>The folded number (<see cref="LegalDocumentNumber.Key"/>), empty when none.</summary>
    public string NumberKey => LegalDocumentNumber.Key(Number);

    public bool IsEmpty => this with { Problems = [] } == None with { Problems = [] };

    /// <summary>The address slugs of the legal forces, in the order the filter offers them.</summary>
    public static readonly IReadOnlyList<(LegalForce Force, string Slug)> ForceSlugs =
    [
        (LegalForce.InForce, "con-hieu-luc"),
        (LegalForce.NotYetInForce, "chua-co-hieu-luc"),
        (LegalForce.PartlyOutOfForce, "het-hieu-luc-mot-phan"),
        (LegalForce.OutOfForce, "het-hieu-luc"),
    ];

    public static string ForceSlug(LegalForce force) => ForceSlugs.First(f => f.Force == force).Slug;

    /// <summary>
    /// The filters in <paramref name="query"/>; null when the words are longer than any search (the page answers
    /// 400, as the search page does). Every other unreadable value is left out and named in <see cref="Problems"/>.
    /// </summary>
    public static LegalDocumentFilter? Parse(IQueryCollection query)
    {
        var problems = new List<string>();
        var words = FilterValues.Text(query, WordsName, "Từ khóa", problems);
        if (words?.Length > SearchQuery.MaxLength)
        {
            return null;
        }
        var number = FilterValues.Text(query, NumberName, "Số ký hiệu", problems);
        if (number?.Length > LegalDocument.NumberMaxLength)
        {
            problems.Add($"Số ký hiệu dài quá {LegalDocument.NumberMaxLength} ký tự nên không được dùng để lọc.");
            number = null;
        }
        var year = FilterValues.Whole(query, YearName, "Năm ban hành", problems);
        if (year is < MinYear or > MaxYear)
        {
            problems.Add($"Năm ban hành phải từ {MinYear} đến {MaxYear}; bộ lọc năm đã được bỏ qua.");
            year = null;
        }
        var from = Date(query, FromName, "Từ ngày", problems);
        var to = Date(query, ToName, "Đến ngày", problems);
        if (from > to)
        {
            problems.Add("“Từ ngày” sau “Đến ngày”; khoảng ngày ban hành đã được bỏ qua.");
            (from, to) = (null, null);
        }
        LegalForce? force = null;
        if (FilterValues.Text(query, ForceName, "Tình trạng hiệu lực", problems) is { } forceSlug)
        {
            force = ForceSlugs.Where(f => f.Slug == forceSlug).Select(f => (LegalForce?)f.Force).FirstOrDefault();
            if (force is null)
            {
                problems.Add("Không có tình trạng hiệu lực như đã chọn; bộ lọc này đã được bỏ qua.");
            }
        }
        return new LegalDocumentFilter
        {
            Words = words,
            Number = number,
            TypeId = FilterValues.Whole(query, TypeName, "Loại văn bản", problems),
            IssuerId = FilterValues.Whole(query, IssuerName, "Cơ quan ban hành", problems),
            FieldId = FilterValues.Whole(query, FieldName, "Lĩnh vực", problems),
            Year = year,
            From = from,
            To = to,
            Force = force,
            Problems = problems,
        };
    }

    /// <summary>The filters as an address's query (no leading <c>?</c>), for the pager, the open data and the form.</summary>
    public string ToQueryString()
    {
        var parts = new List<(string Name, string Value)>();
        void Add(string name, string? value)
        {
            if (!string.IsNullOrEmpty(value))
            {
                parts.Add((name, value));
            }
        }
        Add(WordsName, Words);
        Add(NumberName, Number);
        Add(TypeName, TypeId?.ToString(CultureInfo.InvariantCulture));
        Add(IssuerName, IssuerId?.ToString(CultureInfo.InvariantCulture));
        Add(FieldName, FieldId?.ToString(CultureInfo.InvariantCulture));
        Add(YearName, Year?.ToString(CultureInfo.InvariantCulture));
        Add(FromName, FormatDate(From));
        Add(ToName, FormatDate(To));
        Add(ForceName, Force is { } f ? ForceSlug(f) : null);
        return string.Join('&', parts.Select(p => $"{p.Name}={Uri.EscapeDataString(p.Value)}"));
    }

    /// <summary><paramref name="path"/> with the filters and, past page 1, <c>trang</c>.</summary>
    public string Address(string path, int page = 1)
    {
        var query = new StringBuilder(ToQueryString());
        if (page > 1)
        {
            query.Append(query.Length > 0 ? "&" : "").Append("trang=").Append(page.ToString(CultureInfo.InvariantCulture));
        }
        return query.Length == 0 ? path : $"{path}?{query}";
    }

    public static string? FormatDate(DateOnly? date) => date?.ToString(DateFormat, CultureInfo.InvariantCulture);

    private static DateOnly? Date(IQueryCollection query, string name, string label, List<string> problems)
    {
        var text = FilterValues.Text(query, name, label, problems);
        if (text is null)
        {
            return null;
        }
        if (DateOnly.TryParseExact(text, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            && date.Year is >= MinYear and <= MaxYear)
        {
            return date;
        }
        problems.Add($"{label} “{FilterValues.Shorten(text)}” không phải một ngày dạng ngày/tháng/năm (dd/mm/yyyy); bộ lọc này đã được bỏ qua.");
        return null;
    }

}
