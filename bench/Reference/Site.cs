using System.Globalization;

namespace Portal.Bench.Reference;

/// <summary>The portal's site settings at their defaults (Portal:Site), and its ways of writing times and counts.</summary>
public static class Site
{
    public const string Name = "Cổng Thông tin điện tử tỉnh Bà Rịa - Vũng Tàu";
    public const string Owner = "Ủy ban nhân dân tỉnh Bà Rịa - Vũng Tàu";
    public const string Address = "Số 01 Phạm Văn Đồng, phường Phước Trung, TP. Bà Rịa, tỉnh Bà Rịa - Vũng Tàu";
    public const string Phone = "0254 3852 000";
    public const string Email = "banbientap@baria-vungtau.gov.vn";
    public const string EditorInCharge = "Chánh Văn phòng UBND tỉnh";

    // The portal links its static files by fingerprinted names (/css/site.420wzhp2s5.css); these have the same shape.
    public const string Emblem = "/img/emblem.0000000000.svg";
    public const string Stylesheet = "/css/site.0000000000.css";
    public const string Script = "/js/site.0000000000.js";

    private static readonly TimeSpan VietnamOffset = TimeSpan.FromHours(7);
    private static readonly NumberFormatInfo GroupedNumbers = new() { NumberGroupSeparator = ".", NumberDecimalSeparator = "," };

    public static string ArticlePath(int id, string slug) => $"/bai-viet/{id}/{slug}";

    public static string FormatStamp(DateTime utc) => (utc + VietnamOffset).ToString("HH:mm | dd/MM/yyyy", CultureInfo.InvariantCulture);

    public static string FormatIso(DateTime utc) =>
        new DateTimeOffset((utc + VietnamOffset).Ticks, VietnamOffset).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    public static string FormatCount(long value) => value.ToString("#,0", GroupedNumbers);
}
