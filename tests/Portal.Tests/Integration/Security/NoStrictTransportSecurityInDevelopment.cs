namespace Portal.Tests.Integration.Security;

/// <summary>A developer's https://localhost must not be pinned to HTTPS for a year.</summary>
public sealed class NoStrictTransportSecurityInDevelopment : IDisposable
{
    private readonly PortalFactory _factory = new() { EnvironmentName = "Development" };

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task HttpsAnswersCarryTheOtherHeadersButNotHsts()
    {
        using var browser = _factory.CreateHttpsBrowser();

        var response = await browser.GetAsync("/");

        Assert.True(response.IsSuccessStatusCode);
        Assert.Null(response.Header("Strict-Transport-Security"));
        SecurityHeaders.AssertAllPresent(response);
    }
}
