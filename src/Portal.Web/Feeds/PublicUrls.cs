using Microsoft.Extensions.Options;
using Portal.Web.Hosting;

namespace Portal.Web.Feeds;

/// <summary>Absolute addresses of public pages: from <c>Portal:Site:BaseUrl</c>, else from the request.</summary>
public sealed class PublicUrls(IOptions<SiteOptions> site)
{
    public string Base(HttpRequest request) =>
        !string.IsNullOrWhiteSpace(site.Value.BaseUrl) ? site.Value.BaseUrl.TrimEnd('/') : $"{request.Scheme}://{request.Host}{request.PathBase}";

    public string Absolute(HttpRequest request, string path) => Base(request) + (path.StartsWith('/') ? path : "/" + path);

    public static string ArticlePath(int id, string slug) => $"/bai-viet/{id}/{slug}";

    public static string CategoryPath(string slug) => $"/chuyen-muc/{slug}";
}
