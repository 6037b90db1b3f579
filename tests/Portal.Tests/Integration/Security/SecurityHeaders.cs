using Microsoft.AspNetCore.Mvc.Testing;

namespace Portal.Tests.Integration.Security;

/// <summary>What the security-header tests ask of a response, and a browser on https.</summary>
internal static class SecurityHeaders
{
    public static string? Header(this HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values)
            ? string.Join(", ", values)
            : null;

    public static void AssertAllPresent(HttpResponseMessage response, string referrerPolicy = "strict-origin-when-cross-origin")
    {
        var where = $"{response.RequestMessage!.RequestUri} ({(int)response.StatusCode})";
        var csp = response.Header("Content-Security-Policy");
        Assert.True(csp is not null, $"{where} has no Content-Security-Policy");
        foreach (var directive in new[] { "default-src 'self'", "script-src 'self'", "style-src 'self'", "img-src 'self' https:", "object-src 'none'", "base-uri 'self'", "form-action 'self'", "frame-ancestors 'none'" })
        {
            Assert.True(csp.Contains(directive, StringComparison.Ordinal), $"{where}: CSP lacks {directive}: {csp}");
        }
        Assert.DoesNotContain("unsafe-", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Header("X-Content-Type-Options"));
        Assert.Equal("DENY", response.Header("X-Frame-Options"), ignoreCase: true);
        Assert.Equal(referrerPolicy, response.Header("Referrer-Policy"));
        var permissions = response.Header("Permissions-Policy") ?? "";
        foreach (var feature in new[] { "camera=()", "microphone=()", "geolocation=()", "payment=()" })
        {
            Assert.True(permissions.Contains(feature, StringComparison.Ordinal), $"{where}: Permissions-Policy lacks {feature}: {permissions}");
        }
    }

    /// <summary>A browser that talks to the app over https at a real host name (HSTS is never sent to localhost).</summary>
    public static HttpClient CreateHttpsBrowser(this PortalFactory factory)
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri("https://portal.test") });
        client.DefaultRequestHeaders.UserAgent.ParseAdd(PortalFactory.BrowserUserAgent);
        return client;
    }
}
