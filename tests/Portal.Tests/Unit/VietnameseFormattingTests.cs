using Microsoft.Extensions.Time.Testing;
using Portal.Web.Localization;

namespace Portal.Tests.Unit;

public sealed class VietnameseFormattingTests
{
    [Fact]
    public void TheTimeStampIsVietnamTimeInTheLegacyFormat() =>
        Assert.Equal("04:40 | 10/01/2019", VietnamTime.FormatStamp(new DateTime(2019, 1, 9, 21, 40, 0, DateTimeKind.Utc)));

    [Fact]
    public void TheTimeStampCrossesMidnightAndYearEndInVietnamTime() =>
        Assert.Equal("06:59 | 01/01/2027", VietnamTime.FormatStamp(new DateTime(2026, 12, 31, 23, 59, 0, DateTimeKind.Utc)));

    [Fact]
    public void TheMachineTimeZoneDoesNotMatter()
    {
        var utc = new DateTime(2026, 6, 1, 1, 5, 0, DateTimeKind.Utc);
        Assert.Equal("2026-06-01T08:05:00+07:00", VietnamTime.FormatIso(utc));
        Assert.Equal(utc, VietnamTime.ToUtc(new DateTime(2026, 6, 1, 8, 5, 0)));
    }

    [Fact]
    public void TodayIsTheVietnamDate()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 27, 17, 30, 0, TimeSpan.Zero));
        Assert.Equal(new DateOnly(2026, 11, 28), VietnamTime.Today(clock));
    }

    [Theory]
    [InlineData(25903248, "25.903.248")]
    [InlineData(0, "0")]
    [InlineData(999, "999")]
    [InlineData(1000, "1.000")]
    [InlineData(1234567890123, "1.234.567.890.123")]
    public void CountsAreGroupedWithDots(long value, string expected) => Assert.Equal(expected, VietnameseText.FormatCount(value));

    [Theory]
    [InlineData("Hội nghị Dân vận", "hoi nghi dan van")]
    [InlineData("HỘI NGHỊ dân vận", "hoi nghi dan van")]
    [InlineData("Đắk Lắk, Đồng Nai", "dak lak, dong nai")]
    [InlineData("thuở ấy, người ơi", "thuo ay, nguoi oi")]
    public void FoldingRemovesDiacriticsAndCase(string text, string folded) => Assert.Equal(folded, VietnameseText.Fold(text));
}
