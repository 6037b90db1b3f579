using System.Text;
using Portal.Web.Importing;

namespace Portal.Tests.Unit;

public sealed class SeedArticleFileTests
{
    private const string Valid = "---\ntitle: Khai mạc Lễ hội Nghinh Ông\ncategory: van-hoa-xa-hoi\nauthor: Ngọc Hân\npublished: 2026-09-20 07:30\nsummary: Sáng 20/9, lễ hội khai mạc.\n---\n\nĐoạn một.\n\nĐoạn hai.\n";

    [Fact]
    public void ReadsTheFrontMatterAndTheBody()
    {
        var seed = SeedArticleFile.Parse("a.md", Valid);

        Assert.Equal("Khai mạc Lễ hội Nghinh Ông", seed.Title);
        Assert.Equal("van-hoa-xa-hoi", seed.CategorySlug);
        Assert.Equal(new DateTime(2026, 9, 20, 0, 30, 0, DateTimeKind.Utc), seed.PublishedAtUtc);
        Assert.Equal("Đoạn một.\n\nĐoạn hai.", seed.BodyMarkdown);
    }

    [Theory]
    [InlineData("title: x\n", "must start with")]
    [InlineData("---\ntitle: x\n", "not closed")]
    [InlineData("---\ntitle: x\ncategory: y\nauthor: z\npublished: 20/09/2026\nsummary: s\n---\nbody", "yyyy-MM-dd HH:mm")]
    [InlineData("---\ntitle: x\ncategory: y\npublished: 2026-09-20 07:30\nsummary: s\n---\nbody", "no 'author'")]
    [InlineData("---\nno colon here\n---\nbody", "not a 'key: value' line")]
    public void AMalformedSeedNamesTheFileAndTheProblem(string text, string problem)
    {
        var error = Assert.Throws<FormatException>(() => SeedArticleFile.Parse("bad.md", text));

        Assert.StartsWith("bad.md:", error.Message);
        Assert.Contains(problem, error.Message);
    }

    [Fact]
    public void EverySeedArticleShippedWithThePortalIsValidNfcText()
    {
        var files = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "seeds", "articles"), "*.md");

        Assert.True(files.Length >= 20);
        foreach (var file in files)
        {
            var text = File.ReadAllText(file);
            Assert.True(text.IsNormalized(NormalizationForm.FormC), $"{file} is not NFC");
            SeedArticleFile.Parse(Path.GetFileName(file), text);
        }
    }
}
