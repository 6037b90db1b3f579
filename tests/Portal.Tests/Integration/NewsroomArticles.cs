using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Portal.Tests.Builders;
using Portal.Web.Articles;

namespace Portal.Tests.Integration;

/// <summary>Writing and reviewing through the newsroom's own forms, as its people do.</summary>
public static partial class NewsroomArticles
{
    /// <summary>Posts the editor's form for a new article; returns the new article's id.</summary>
    public static async Task<int> WriteAsync(this HttpClient editor, ArticleFormBuilder form, bool submit = false)
    {
        var response = await editor.SubmitFormAsync("/admin/articles/edit", form.Build(), submit ? "Submit" : null);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"Saving answered {(int)response.StatusCode}: {Html.Text(await response.Content.ReadAsStringAsync())[..Math.Min(600, (int)response.Content.Headers.ContentLength.GetValueOrDefault(600))]}");
        return int.Parse(EditId().Match(response.Headers.Location!.OriginalString).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Opens the edit page and posts the form back with the version the page carried, and the changes.</summary>
    public static async Task<HttpResponseMessage> EditAsync(this HttpClient editor, int id, Action<Dictionary<string, string>> change, string? handler = null)
    {
        var page = await editor.GetStringAsync($"/admin/articles/edit/{id}");
        var fields = FormFields(page);
        change(fields);
        return await editor.PostFormAsync($"/admin/articles/edit/{id}", fields, Newsroom.AntiforgeryToken(page), handler, multipart: true);
    }

    /// <summary>The edit form's current values, as a browser would post them back.</summary>
    public static Dictionary<string, string> FormFields(string html)
    {
        var fields = new Dictionary<string, string>();
        foreach (Match input in InputRegex().Matches(html))
        {
            fields[WebUtility.HtmlDecode(input.Groups["name"].Value)] = WebUtility.HtmlDecode(input.Groups["value"].Value);
        }
        foreach (Match area in TextareaRegex().Matches(html))
        {
            // A textarea's first newline is not part of its value.
            var value = WebUtility.HtmlDecode(area.Groups["value"].Value);
            fields[area.Groups["name"].Value] = value.StartsWith('\n') ? value[1..] : value;
        }
        foreach (Match select in SelectRegex().Matches(html))
        {
            var selected = Regex.Match(select.Groups["options"].Value, "<option value=\"([^\"]*)\" selected");
            fields[select.Groups["name"].Value] = selected.Success ? selected.Groups[1].Value : "";
        }
        fields.Remove("__RequestVerificationToken");
        return fields;
    }

    /// <summary>The approver's review page, acted on with the version it shows.</summary>
    public static async Task<HttpResponseMessage> ReviewAsync(this HttpClient approver, int id, string handler, Dictionary<string, string>? fields = null)
    {
        var page = await approver.GetStringAsync($"/admin/articles/review/{id}");
        var body = new Dictionary<string, string>(fields ?? []) { ["Version"] = VersionRegex().Match(page).Groups[1].Value };
        return await approver.PostFormAsync($"/admin/articles/review/{id}", body, Newsroom.AntiforgeryToken(page), handler);
    }

    public static Task<Article> ArticleAsync(this PortalFactory factory, int id) =>
        factory.WithDbAsync(db => db.Articles.AsNoTracking().SingleAsync(a => a.Id == id));

    public static Task<int> CategoryIdAsync(this PortalFactory factory, string slug) =>
        factory.WithDbAsync(db => db.Categories.Where(c => c.Slug == slug).Select(c => c.Id).SingleAsync());

    [GeneratedRegex("/admin/articles/edit/(\\d+)")]
    private static partial Regex EditId();

    [GeneratedRegex("<input [^>]*?name=\"(?<name>Input\\.[^\"]+)\"[^>]*?value=\"(?<value>[^\"]*)\"")]
    private static partial Regex InputRegex();

    [GeneratedRegex("<textarea [^>]*?name=\"(?<name>Input\\.[^\"]+)\"[^>]*>(?<value>.*?)</textarea>", RegexOptions.Singleline)]
    private static partial Regex TextareaRegex();

    [GeneratedRegex("<select [^>]*?name=\"(?<name>Input\\.[^\"]+)\"[^>]*>(?<options>.*?)</select>", RegexOptions.Singleline)]
    private static partial Regex SelectRegex();

    [GeneratedRegex("name=\"Version\" value=\"([^\"]+)\"")]
    private static partial Regex VersionRegex();
}
