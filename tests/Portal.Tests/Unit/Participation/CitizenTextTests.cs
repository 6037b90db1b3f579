using Portal.Web.Participation;

namespace Portal.Tests.Unit.Participation;

/// <summary>One rule for what both citizens' forms keep of the text typed.</summary>
public sealed class CitizenTextTests
{
    [Fact]
    public void ANulAndOtherControlCharactersAreDroppedAndLineBreaksKept() =>
        Assert.Equal("Góp ý\nvề Điều 2", CitizenText.Clean("  Góp\0 ý\r\nvề\u0007 Điều\t2 "));

    [Fact]
    public void DecomposedVietnameseIsKeptInNfc() =>
        Assert.Equal("Hội nghị", CitizenText.Clean("Ho\u0302\u0323i nghi\u0323"));

    [Fact]
    public void AOneLineFieldTurnsLineBreaksIntoSpaces() =>
        Assert.Equal("Nguyễn Văn An", CitizenText.OneLine("Nguyễn Văn\r\nAn\0"));
}
