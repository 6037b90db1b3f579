using Portal.Web.Articles;

namespace Portal.Tests.Unit;

public sealed class SlugGeneratorTests
{
    private static readonly string[] TitleWords = ["phat", "trien", "kinh", "te", "bien"];

    [Theory]
    [InlineData("Hội nghị trực tuyến tổng kết công tác Dân vận toàn quốc năm 2018", "hoi-nghi-truc-tuyen-tong-ket-cong-tac-dan-van-toan-quoc-nam-2018")]
    [InlineData("Đường Đồng Khởi, TP. Vũng Tàu", "duong-dong-khoi-tp-vung-tau")]
    [InlineData("ĐẢNG ỦY KHỐI CƠ QUAN", "dang-uy-khoi-co-quan")]
    [InlineData("Ưu tiên ưu đãi “Dân vận khéo” – năm 2026!", "uu-tien-uu-dai-dan-van-kheo-nam-2026")]
    [InlineData("  --Bão số 7 -- đổ bộ  ", "bao-so-7-do-bo")]
    [InlineData("Kỳ họp thứ 12: Nghị quyết 05/2026/NQ-HĐND", "ky-hop-thu-12-nghi-quyet-05-2026-nq-hdnd")]
    [InlineData("Phước Hòa, Xuyên Mộc, Côn Đảo", "phuoc-hoa-xuyen-moc-con-dao")]
    public void FoldsVietnameseTitlesIntoReadableAddresses(string title, string slug) =>
        Assert.Equal(slug, SlugGenerator.FromTitle(title));

    [Fact]
    public void DecomposedInputGivesTheSameSlugAsComposed()
    {
        var composed = "Tiếng Việt có dấu";
        Assert.Equal(SlugGenerator.FromTitle(composed), SlugGenerator.FromTitle(composed.Normalize(System.Text.NormalizationForm.FormD)));
    }

    [Fact]
    public void ALongTitleIsCutAtAWordBoundary()
    {
        var title = string.Join(' ', Enumerable.Repeat("phát triển kinh tế biển", 20));

        var slug = SlugGenerator.FromTitle(title);

        Assert.True(slug.Length <= SlugGenerator.MaxLength);
        Assert.False(slug.EndsWith('-'));
        Assert.All(slug.Split('-'), word => Assert.Contains(word, TitleWords));
    }

    [Fact]
    public void ASuffixedLongSlugIsCutSoTheWholeStillFits()
    {
        var slug = SlugGenerator.FromTitle(string.Join(' ', Enumerable.Repeat("phát triển kinh tế biển", 20)));

        var suffixed = SlugGenerator.WithSuffix(slug, "-g10000");

        Assert.True(suffixed.Length <= SlugGenerator.MaxLength);
        Assert.EndsWith("-g10000", suffixed);
        Assert.True(SlugGenerator.IsValid(suffixed));
        Assert.Equal("tin-moi-2", SlugGenerator.WithSuffix("tin-moi", "-2"));
    }

    [Theory]
    [InlineData("!!!")]
    [InlineData("")]
    [InlineData("——")]
    public void ATitleWithoutLettersGivesAnEmptySlug(string title) => Assert.Equal("", SlugGenerator.FromTitle(title));

    [Theory]
    [InlineData("hoi-nghi-2018", true)]
    [InlineData("Hoi-nghi", false)]
    [InlineData("hoi nghi", false)]
    [InlineData("-hoi", false)]
    [InlineData("hoi--nghi", false)]
    [InlineData("hội-nghị", false)]
    [InlineData("../etc", false)]
    [InlineData("", false)]
    public void ValidatesSlugs(string slug, bool valid) => Assert.Equal(valid, SlugGenerator.IsValid(slug));
}
