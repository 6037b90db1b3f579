namespace Portal.Web.ReadingAids;

/// <summary>The text size a reader picked in the header: A−, A (the default) or A+.</summary>
public enum TextSize
{
    Normal,
    Small,
    Large,
}

/// <summary>The colours a reader picked in the header: the portal's own, or near-black on white with underlined links.</summary>
public enum Contrast
{
    Normal,
    High,
}

/// <summary>
/// A reader's display choice, kept in a first-party cookie that holds nothing else (<c>portal-display=size-large.contrast-high</c>):
/// no personal data, no identifier, so no consent banner. Read from the request by the layout (a class on
/// <c>&lt;html&gt;</c>, so the first paint is right with no script) and by the page cache (one copy of a page per
/// choice), both through <see cref="Read"/>, which knows a few values only: anything else is the default.
/// </summary>
public readonly record struct DisplayChoice(TextSize Size, Contrast Contrast)
{
    public const string CookieName = "portal-display";

    /// <summary>The query values of <c>/hien-thi</c>: <c>co-chu=nho|thuong|lon</c>, <c>tuong-phan=thuong|cao</c>.</summary>
    public const string SizeQuery = "co-chu";
    public const string ContrastQuery = "tuong-phan";

    // A real cookie value is at most "size-small.contrast-high"; a longer one is junk and not looked at.
    private const int LongestValue = 40;

    private static readonly (TextSize Size, string Cookie, string Query)[] Sizes =
        [(TextSize.Normal, "normal", "thuong"), (TextSize.Small, "small", "nho"), (TextSize.Large, "large", "lon")];

    private static readonly (Contrast Contrast, string Cookie, string Query)[] Contrasts =
        [(Contrast.Normal, "normal", "thuong"), (Contrast.High, "high", "cao")];

    public static DisplayChoice Default => default;

    public bool IsDefault => this == default;

    /// <summary>The choice the request's cookie holds; the default for no cookie, or one it cannot read.</summary>
    public static DisplayChoice Read(HttpRequest request) => Parse(request.Cookies[CookieName]);

    public static DisplayChoice Parse(string? cookie)
    {
        var choice = Default;
        if (string.IsNullOrEmpty(cookie) || cookie.Length > LongestValue)
        {
            return choice;
        }
        foreach (var part in cookie.Split('.'))
        {
            if (part.StartsWith("size-", StringComparison.Ordinal) && SizeNamed(part["size-".Length..], s => s.Cookie) is { } size)
            {
                choice = choice with { Size = size };
            }
            else if (part.StartsWith("contrast-", StringComparison.Ordinal) && ContrastNamed(part["contrast-".Length..], c => c.Cookie) is { } contrast)
            {
                choice = choice with { Contrast = contrast };
            }
        }
        return choice;
    }

    /// <summary>This choice changed by the values of a <c>/hien-thi</c> link; a value it does not know changes nothing.</summary>
    public DisplayChoice With(string? size, string? contrast) => this with
    {
        Size = SizeNamed(size, s => s.Query) ?? Size,
        Contrast = ContrastNamed(contrast, c => c.Query) ?? Contrast,
    };

    /// <summary>What the cookie holds, and the page cache's key: only the parts that differ from the default.</summary>
    public string CookieValue => string.Join('.', new[]
    {
        Size == TextSize.Normal ? null : "size-" + CookieWord(Size),
        Contrast == Contrast.Normal ? null : "contrast-" + CookieWord(Contrast),
    }.OfType<string>());

    /// <summary>The classes on <c>&lt;html&gt;</c> (<c>text-large contrast-high</c>), or null for the default.</summary>
    public string? HtmlClass => IsDefault ? null : CookieValue.Replace("size-", "text-", StringComparison.Ordinal).Replace('.', ' ');

    private static string CookieWord(TextSize size) => Sizes.Single(s => s.Size == size).Cookie;

    private static string CookieWord(Contrast contrast) => Contrasts.Single(c => c.Contrast == contrast).Cookie;

    public static string QueryValue(TextSize size) => Sizes.Single(s => s.Size == size).Query;

    public static string QueryValue(Contrast contrast) => Contrasts.Single(c => c.Contrast == contrast).Query;

    private static TextSize? SizeNamed(string? name, Func<(TextSize Size, string Cookie, string Query), string> by) =>
        Sizes.Where(s => by(s) == name).Select(s => (TextSize?)s.Size).FirstOrDefault();

    private static Contrast? ContrastNamed(string? name, Func<(Contrast Contrast, string Cookie, string Query), string> by) =>
        Contrasts.Where(c => by(c) == name).Select(c => (Contrast?)c.Contrast).FirstOrDefault();
}
