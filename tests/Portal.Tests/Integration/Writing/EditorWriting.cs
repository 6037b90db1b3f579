using Portal.Tests.Builders;

namespace Portal.Tests.Integration.Writing;

/// <summary>The calls the edit page's script makes, with the page's own antiforgery token.</summary>
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
