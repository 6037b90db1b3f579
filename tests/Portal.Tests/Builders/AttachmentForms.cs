using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using Portal.Tests.Integration;

namespace Portal.Tests.Builders;

/// <summary>The article editor's form with files, posted as a browser does (a field may repeat, files under NewAttachments).</summary>
public static partial class AttachmentForms
{
    public static async Task<HttpResponseMessage> PostWithFilesAsync(this HttpClient editor, string url, IEnumerable<KeyValuePair<string, string>> fields,
        IEnumerable<(string Name, byte[] Content)>? files = null, string? handler = null, string fileField = "NewAttachments")
    {
        var token = Newsroom.AntiforgeryToken(await editor.GetStringAsync(url));
        var content = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" } };
        foreach (var (name, value) in fields)
        {
            content.Add(new StringContent(value, Encoding.UTF8), name);
        }
        foreach (var (name, bytes) in files ?? [])
        {
            var file = new ByteArrayContent(bytes);
            file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            // The name as a browser sends it: UTF-8 in filename*, so the Vietnamese arrives whole.
            file.Headers.ContentDisposition = new ContentDispositionHeaderValue("form-data") { Name = $"\"{fileField}\"", FileNameStar = name };
            content.Add(file);
        }
        return await editor.PostAsync(handler is null ? url : $"{url}?handler={handler}", content);
    }

    /// <summary>The attachment ids the form carries back in its hidden inputs.</summary>
    public static List<int> AttachmentIds(string html) =>
        AttachmentIdInput().Matches(html).Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();

    [GeneratedRegex("name=\"Input.AttachmentIds\" value=\"(\\d+)\"")]
    private static partial Regex AttachmentIdInput();
}
