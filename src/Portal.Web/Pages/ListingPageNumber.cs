using System.Globalization;

namespace Portal.Web.Pages;

/// <summary>
/// The page of a listing (category, search): <c>?trang=N</c>. Absent, it is page 1; anything but one whole number
/// from 1 (empty, signed, a fraction, two values) cannot be read, and the page answers 400.
/// </summary>
public static class ListingPageNumber
{
    public const string QueryName = "trang";

    public static bool TryRead(IQueryCollection query, out int number)
    {
        number = 1;
        return !query.TryGetValue(QueryName, out var values)
            || (values.Count == 1 && int.TryParse(values[0], NumberStyles.None, CultureInfo.InvariantCulture, out number) && number >= 1);
    }
}
