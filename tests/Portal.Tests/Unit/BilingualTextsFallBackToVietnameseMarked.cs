using Portal.Web.Localization;

namespace Portal.Tests.Unit;

public sealed class BilingualTextsFallBackToVietnameseMarked
{
    [Fact]
    public void AVietnameseReaderAlwaysGetsTheVietnameseText()
    {
        Assert.Equal(new LocalizedText("Sở Y tế", "vi", false), Bilingual.Pick("Sở Y tế", "Department of Health", inEnglish: false));
        Assert.Equal(new LocalizedText("Sở Y tế", "vi", false), Bilingual.Pick("Sở Y tế", "", inEnglish: false));
    }

    [Fact]
    public void AnEnglishReaderGetsTheEnglishText()
    {
        Assert.Equal(new LocalizedText("Department of Health", "en", false), Bilingual.Pick("Sở Y tế", "Department of Health", inEnglish: true));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void AMissingEnglishTextIsTheVietnameseOneMarkedNeverBlank(string? english)
    {
        var text = Bilingual.Pick("Thanh tra tỉnh", english, inEnglish: true);

        Assert.Equal(new LocalizedText("Thanh tra tỉnh", "vi", true), text);
    }
}
