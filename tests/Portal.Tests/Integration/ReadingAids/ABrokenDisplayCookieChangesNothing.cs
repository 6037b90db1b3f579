using System.Net;

namespace Portal.Tests.Integration.ReadingAids;

/// <summary>A display cookie that the portal did not write (junk, markup, 10 KB) gives the default page, never an error.</summary>
public sealed class ABrokenDisplayCookieChangesNothing(ReadingAidsFixture fixture) : IClassFixture<ReadingAidsFixture>
{
    public static TheoryData<string> Junk => new()
    {
        "",
        "size-huge",
        "size-",
        "size-large\"><script>alert(1)</script>",
        "%3Cscript%3E",
        "size-large,contrast:high",
        "....",
        new string('x', 10_000),
        "size-large." + new string('a', 10_000),
        string.Concat(Enumerable.Repeat("size-large.", 900)),
    };

    [Theory]
    [MemberData(nameof(Junk))]
    public async Task TheHomePageAndAnArticleAreTheDefaultOnes(string cookie)
    {
        using var reader = fixture.ReaderWith(cookie);

        foreach (var path in new[] { "/", "/trang/lien-he", "/khong-co-trang-nay" })
        {
            var response = await reader.GetAsync(path);
            var page = await response.Content.ReadAsStringAsync();

            Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.NotFound, $"{path}: {response.StatusCode}");
            Assert.Null(ReadingAidsFixture.HtmlClass(page));
            Assert.DoesNotContain("<script>alert", page);
        }
    }
}
