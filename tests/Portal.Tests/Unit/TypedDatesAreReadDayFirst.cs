using Portal.Web.Localization;

namespace Portal.Tests.Unit;

/// <summary>The date-and-time fields read dd/MM/yyyy HH:mm in Vietnam time, strictly, whatever the browser's language.</summary>
public sealed class TypedDatesAreReadDayFirst
{
    [Theory]
    [InlineData("05/01/2027 08:30", 2027, 1, 5, 1, 30)]
    [InlineData("5/1/2027 8:30", 2027, 1, 5, 1, 30)]
    [InlineData("  05/01/2027   08:30 ", 2027, 1, 5, 1, 30)]
    [InlineData("29/02/2028 00:00", 2028, 2, 28, 17, 0)]
    [InlineData("31/12/2026 23:59", 2026, 12, 31, 16, 59)]
    [InlineData("０５/０１/２０２７ ０８:３０", 2027, 1, 5, 1, 30)]
    [InlineData("2027-01-05T08:30", 2027, 1, 5, 1, 30)]
    public void AValidTimeIsVietnamTimeInUtc(string typed, int year, int month, int day, int hour, int minute)
    {
        Assert.True(VietnamTime.TryParseInput(typed, out var utc));
        Assert.Equal(new DateTime(year, month, day, hour, minute, 0, DateTimeKind.Utc), utc);
        Assert.Equal(DateTimeKind.Utc, utc.Kind);
    }

    [Theory]
    [InlineData("29/02/2027 08:00")]   // 2027 is no leap year
    [InlineData("31/04/2027 08:00")]   // April has 30 days
    [InlineData("05/01/2027 24:00")]
    [InlineData("12/31/2027 08:00")]   // month first
    [InlineData("05/01/27 08:30")]
    [InlineData("05/01/2027")]
    [InlineData("08:30")]
    [InlineData("05/01/2027 8h30")]
    [InlineData("05-01-2027 08:30")]
    [InlineData("05/01/2027 08:30 PM")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public void AnythingElseIsRefused(string? typed)
    {
        Assert.False(VietnamTime.TryParseInput(typed, out _));
    }

    [Fact]
    public void AFieldShowsWhatItReads()
    {
        var utc = new DateTime(2027, 1, 5, 1, 30, 0, DateTimeKind.Utc);
        Assert.Equal("05/01/2027 08:30", VietnamTime.FormatInput(utc));
        Assert.True(VietnamTime.TryParseInput(VietnamTime.FormatInput(utc), out var back));
        Assert.Equal(utc, back);
    }
}
