using System.Globalization;
using Portal.Web.Common;
using Portal.Web.Search;

namespace Portal.Web.Questions;

/// <summary>
/// The filters of the questions' list, as read from the address: words (<c>q</c>, diacritics optional, through the
/// search index), field (<c>linh-vuc</c>) and answering agency (<c>co-quan</c>), the names <c>/van-ban</c> uses. A
/// value that cannot be read is left out with a Vietnamese message; only words longer than any search are refused.
/// </summary>
public sealed record QuestionFilter
{
    public const string WordsName = "q";
    public const string FieldName = "linh-vuc";
    public const string AgencyName = "co-quan";

    public string? Words { get; init; }
    public int? FieldId { get; init; }
    public int? AgencyId { get; init; }

    public IReadOnlyList<string> Problems { get; init; } = [];

    public SearchQuery WordQuery => SearchQuery.Parse(Words);

    public bool IsEmpty => Words is null && FieldId is null && AgencyId is null;

    /// <summary>The filters in <paramref name="query"/>; null when the words are longer than any search (400).</summary>
    public static QuestionFilter? Parse(IQueryCollection query)
    {
        var problems = new List<string>();
        var words = FilterValues.Text(query, WordsName, "Từ khóa", problems);
        if (words?.Length > SearchQuery.MaxLength)
        {
            return null;
        }
        return new QuestionFilter
        {
            Words = words,
            FieldId = FilterValues.Whole(query, FieldName, "Lĩnh vực", problems),
            AgencyId = FilterValues.Whole(query, AgencyName, "Cơ quan trả lời", problems),
            Problems = problems,
        };
    }

    /// <summary><paramref name="path"/> with the filters and, past page 1, <c>trang</c>.</summary>
    public string Address(string path, int page = 1)
    {
        var parts = new List<string>();
        if (!string.IsNullOrEmpty(Words))
        {
            parts.Add($"{WordsName}={Uri.EscapeDataString(Words)}");
        }
        if (FieldId is { } field)
        {
            parts.Add($"{FieldName}={field.ToString(CultureInfo.InvariantCulture)}");
        }
        if (AgencyId is { } agency)
        {
            parts.Add($"{AgencyName}={agency.ToString(CultureInfo.InvariantCulture)}");
        }
        if (page > 1)
        {
            parts.Add($"trang={page.ToString(CultureInfo.InvariantCulture)}");
        }
        return parts.Count == 0 ? path : $"{path}?{string.Join('&', parts)}";
    }
}
