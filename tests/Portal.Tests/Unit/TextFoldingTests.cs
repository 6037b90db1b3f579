using System.Text;
using Portal.Web.Localization;
using Portal.Web.Search;

namespace Portal.Tests.Unit;

/// <summary>The fast, character-at-a-time folding gives exactly what the full Unicode path gives.</summary>
public sealed class TextFoldingTests
{
    private static readonly char[] TableCharacters =
        Enumerable.Range(0, 0x0530).Concat(Enumerable.Range(0x1E00, 0x100)).Select(i => (char)i).ToArray();

    [Fact]
    public void EveryPairOfTableCharactersFoldsAsTheFullPathFoldsIt()
    {
        var mismatches = new List<string>();
        var pair = new char[2];
        foreach (var first in TableCharacters)
        {
            foreach (var second in TableCharacters)
            {
                (pair[0], pair[1]) = (first, second);
                var text = new string(pair);
                if (VietnameseText.Fold(text) != VietnameseText.FoldFully(text))
                {
                    mismatches.Add($"U+{(int)first:X4} U+{(int)second:X4}");
                }
            }
        }
        Assert.Empty(mismatches.Take(20));
    }

    [Theory]
    [InlineData("Hội nghị Dân vận tỉnh Bà Rịa - Vũng Tàu năm 2026")]
    [InlineData("Ủy ban nhân dân, Đắk Lắk; ĐỒNG NAI — “chuyển đổi số” 85,3%")]
    [InlineData("한국어 và tiếng Việt")]
    [InlineData("emoji 😀 giữa chữ Việt")]
    [InlineData("ﬁ ligature, Ⅻ, ½, ℃")]
    public void MixedTextFoldsAsTheFullPathFoldsIt(string text)
    {
        Assert.Equal(VietnameseText.FoldFully(text), VietnameseText.Fold(text));
        var decomposed = text.Normalize(NormalizationForm.FormD);
        Assert.Equal(VietnameseText.FoldFully(decomposed), VietnameseText.Fold(decomposed));
    }

    [Fact]
    public void RandomVietnameseLettersFoldAsTheFullPathFoldsThem()
    {
        const string Letters = "aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂĐÊÔƠƯàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ \u0300\u0301\u0303\u0309\u0323";
        var random = new Random(6);
        for (var n = 0; n < 2000; n++)
        {
            var text = new string(Enumerable.Range(0, random.Next(1, 40)).Select(_ => Letters[random.Next(Letters.Length)]).ToArray());
            Assert.Equal(VietnameseText.FoldFully(text), VietnameseText.Fold(text));
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ,;  ")]
    [InlineData("Hội nghị  Dân vận, năm 2026!")]
    [InlineData("  Đà Nẵng ")]
    [InlineData("một-từ-rất-dài-aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa-bbb")]
    [InlineData("x")]
    public void TheSearchFormIsTheTokensBetweenSpaces(string text) =>
        Assert.Equal(" " + string.Join(' ', SearchText.Tokens(text)) + " ", SearchText.Folded(text));
}
