using Microsoft.Extensions.Primitives;
using Portal.Web.Caching;

namespace Portal.Tests.Unit;

/// <summary>Whatever a client sends as Accept-Encoding, the page cache and compression see one of br, gzip, identity.</summary>
public sealed class AcceptEncodingChoiceTests
{
    [Theory]
    [InlineData("gzip, deflate, br, zstd", "br")]
    [InlineData("gzip, deflate", "gzip")]
    [InlineData("br;q=0.5, gzip;q=0.8", "gzip")]
    [InlineData("BR", "br")]
    [InlineData("*", "br")]
    [InlineData("gzip;q=0, *", "br")]
    [InlineData("br;q=0, *", "gzip")]
    [InlineData("br;q=0, gzip;q=0, *", "identity")]
    [InlineData("identity;q=1, br;q=0.5", "identity")]
    [InlineData("identity, br", "br")]
    [InlineData("deflate, zstd", "identity")]
    [InlineData("", "identity")]
    [InlineData("gzip;q=2", "identity")]
    [InlineData("gzip;q=abc", "identity")]
    [InlineData("\"br\"", "identity")]
    [InlineData(",,,", "identity")]
    public void TheChoiceIsTheOneTheCompressionMiddlewareMakes(string header, string expected) =>
        Assert.Equal(expected, AcceptEncodingChoice.Choose(header));

    [Fact]
    public void ThirtyKilobytesOfJunkComeDownToOneOfThreeValues()
    {
        var chosen = Enumerable.Range(0, 200)
            .Select(i => AcceptEncodingChoice.Choose($"x-{i}-{new string('a', 30_000)}, gzip;q=0.{i % 10}"))
            .Concat(Enumerable.Range(0, 200).Select(i => AcceptEncodingChoice.Choose(new StringValues([$"br;q=0.{i % 10}", new string('b', 30_000 + i)]))))
            .Distinct()
            .ToList();

        Assert.Subset(new HashSet<string> { "br", "gzip", "identity" }, chosen.ToHashSet());
    }
}
