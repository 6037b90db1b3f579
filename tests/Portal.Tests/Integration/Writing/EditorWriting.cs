using Portal.Tests.Builders;
using Portal.Web.Accounts;

namespace Portal.Tests.Integration.Writing;

/// <summary>An editor signed in, and the calls the edit page's script makes, with the page's own antiforgery token.</summary>
public sealed class EditorWritingFixture : IAsyncLifetime
{
    public PortalFactory Factory { get; } = new();
    public HttpClient Editor { get; private set; } = null!;

    public async Task InitializeAsync() => Editor = await Factory.SignedInAsync(Roles.Editor);

    public Task DisposeAsync()
    {
        Editor.Dispose();
        Factory.Dispose();
        return Task.CompletedTask;
    }
}

public static class EditorWriting
{
    public static string EditUrl(int? id) => id is null ? "/admin/articles/edit" : $"/admin/articles/edit/{id}";

    /// <summary>Posts the edit form's fields (as its script sends them) to a handler of the page; the token unless told not to.</summary>
    public static async Task<HttpResponseMessage> CallAsync(this HttpClient browser, int? id, string handler, Dictionary<string, string> fields, bool withToken = true)
    {
        var page = await browser.GetStringAsync(EditUrl(id));
        return await browser.PostFormAsync(EditUrl(id), fields, withToken ? Newsroom.AntiforgeryToken(page) : null, handler, multipart: true);
    }

    public static Task<HttpResponseMessage> AutosaveAsync(this HttpClient browser, int? id, ArticleFormBuilder form) =>
        browser.CallAsync(id, "Autosave", form.Build());
}
