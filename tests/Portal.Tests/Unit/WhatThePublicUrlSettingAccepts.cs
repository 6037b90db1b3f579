using Microsoft.Extensions.Configuration;
using Portal.Web.Feeds;

namespace Portal.Tests.Unit;

/// <summary>
/// <c>Portal:PublicUrl</c> (or its earlier name, <c>Portal:Site:BaseUrl</c>): an absolute http or https address,
/// kept without its trailing slash and with its path; anything else is refused with a reason naming the setting.
/// </summary>
public sealed class WhatThePublicUrlSettingAccepts
{
    private static PublicUrls? Read(out string? problem, params (string Key, string Value)[] settings) =>
        PublicUrls.Read(new ConfigurationBuilder().AddInMemoryCollection(settings.Select(s => KeyValuePair.Create(s.Key, (string?)s.Value))).Build(), out problem);

    [Theory]
    [InlineData("https://portal.example.gov.vn", "https://portal.example.gov.vn")]
    [InlineData("https://portal.example.gov.vn/", "https://portal.example.gov.vn")]
    [InlineData("  HTTPS://Portal.Example.GOV.vn:443/  ", "https://portal.example.gov.vn")]
    [InlineData("http://10.0.0.5:8080", "http://10.0.0.5:8080")]
    [InlineData("https://example.gov.vn/cong-thong-tin/", "https://example.gov.vn/cong-thong-tin")]
    public void AnAbsoluteAddressIsKeptWithoutItsTrailingSlash(string value, string kept)
    {
        var urls = Read(out var problem, (PublicUrls.Setting, value));

        Assert.Null(problem);
        Assert.Equal(kept, urls?.Configured);
    }

    [Fact]
    public void TheEarlierNameStillWorksAndTheNewOneWins()
    {
        Assert.Equal("https://cu.example.gov.vn", Read(out _, (PublicUrls.FormerSetting, "https://cu.example.gov.vn/"))?.Configured);
        Assert.Equal("https://moi.example.gov.vn", Read(out _, (PublicUrls.FormerSetting, "https://cu.example.gov.vn"), (PublicUrls.Setting, "https://moi.example.gov.vn"))?.Configured);
    }

    [Fact]
    public void NoneSetMeansTheAddressEachRequestCameTo()
    {
        Assert.Null(Read(out var problem)?.Configured);
        Assert.Null(problem);
        Assert.Null(Read(out _, (PublicUrls.Setting, "  "))?.Configured);
    }

    [Theory]
    [InlineData("portal.example.gov.vn")]
    [InlineData("/cong")]
    [InlineData("ftp://portal.example.gov.vn")]
    [InlineData("javascript:alert(1)")]
    [InlineData("file:///etc/passwd")]
    [InlineData("https://")]
    [InlineData("https://portal.example.gov.vn/?utm_source=x")]
    [InlineData("https://portal.example.gov.vn/?")]
    [InlineData("https://portal.example.gov.vn/#top")]
    [InlineData("https://admin:secret@portal.example.gov.vn")]
    [InlineData("https://portal example.gov.vn")]
    [InlineData("https://portal.example.gov.vn/a b")]
    [InlineData("https://portal.example.gov.vn/\"><script>alert(1)</script>")]
    [InlineData("https://portal.example.gov.vn\n2026-12-06 [ERR] forged")]
    public void AnythingElseIsRefusedWithOneLineNamingTheSetting(string value)
    {
        Assert.Null(Read(out var problem, (PublicUrls.Setting, value)));

        Assert.NotNull(problem);
        Assert.StartsWith("The portal cannot start: Portal:PublicUrl is '", problem, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', problem);
        Assert.EndsWith($"Exit code {PublicUrls.InvalidSettingExitCode}.", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void ABadEarlierNameIsRefusedUnderThatName()
    {
        Assert.Null(Read(out var problem, (PublicUrls.FormerSetting, "example.gov.vn")));
        Assert.StartsWith("The portal cannot start: Portal:Site:BaseUrl is 'example.gov.vn'", problem, StringComparison.Ordinal);
    }
}
