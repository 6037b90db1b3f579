using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Portal.Tests.Integration.Security;

/// <summary>
/// The test server has no network: this gives each request the client address named in its
/// <c>X-Test-Client-Address</c> header, first in the pipeline, as a connection from that address would.
/// </summary>
internal sealed class ClientAddresses : IStartupFilter
{
    public const string Header = "X-Test-Client-Address";

    public static void AddTo(IServiceCollection services) => services.AddSingleton<IStartupFilter, ClientAddresses>();

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((context, nextMiddleware) =>
        {
            if (IPAddress.TryParse(context.Request.Headers[Header], out var address))
            {
                context.Connection.RemoteIpAddress = address;
            }
            return nextMiddleware(context);
        });
        next(app);
    };

    public static HttpClient BrowserFrom(PortalFactory factory, string address)
    {
        var browser = factory.CreateBrowser();
        browser.DefaultRequestHeaders.Add(Header, address);
        return browser;
    }
}
