using System.Diagnostics;
using System.Text.Json;

namespace Portal.BrowserTests;

/// <summary>The Nu HTML Checker (npm package vnu-jar, on the machine's Java) finds no error in any public page.</summary>
[Collection(PortalServerGroup.Name)]
public sealed class HtmlValidityTests(PortalServer server)
{
    private static readonly string[] PublicPages =
    [
        "/", "/chuyen-muc/hoat-dong-so-ban-nganh", "/chuyen-muc/hoat-dong-so-ban-nganh?trang=1",
        "/bai-viet/25/hoi-nghi-truc-tuyen-tong-ket-cong-tac-dan-van-toan-quoc-nam-2018",
        "/bai-viet/25/hoi-nghi-truc-tuyen-tong-ket-cong-tac-dan-van-toan-quoc-nam-2018/ban-in",
        "/search", "/search?q=d%C3%A2n+v%E1%BA%ADn", "/search?q=khongcotu", "/trang/gioi-thieu", "/trang/co-cau-to-chuc", "/trang/lien-he",
        "/van-ban", "/van-ban?q=gi%C3%A1+%C4%91%E1%BA%A5t&nam=2024&hieu-luc=con-hieu-luc", "/van-ban?nam=99999&tu=32/13/2024",
        "/khong-co-trang-nay", "/chuyen-muc/kinh-te-dau-tu?trang=abc", "/admin/account/login",
        "/kha-nang-tiep-can", "/en/accessibility",
    ];

    [Fact]
    public async Task EveryPublicPageIsValidHtml()
    {
        using var http = new HttpClient();
        var pages = new List<string>();
        foreach (var path in PublicPages)
        {
            var response = await http.GetAsync(server.BaseUrl + path);
            pages.Add(await response.Content.ReadAsStringAsync());
        }

        var errors = await ErrorsAsync(pages, PublicPages);
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    /// <summary>The checker's errors in <paramref name="pages"/>, each named by the address in <paramref name="names"/> at its index.</summary>
    internal static async Task<List<string>> ErrorsAsync(IReadOnlyList<string> pages, IReadOnlyList<string> names)
    {
        var folder = Directory.CreateTempSubdirectory("portal-vnu-").FullName;
        for (var i = 0; i < pages.Count; i++)
        {
            await File.WriteAllTextAsync(Path.Combine(folder, $"page-{i:00}.html"), pages[i]);
        }

        var start = new ProcessStartInfo("java") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "-jar", VnuJar(), "--errors-only", "--format", "json" }.Concat(Directory.GetFiles(folder, "*.html").Order()))
        {
            start.ArgumentList.Add(argument);
        }
        using var checker = Process.Start(start)!;
        var output = checker.StandardOutput.ReadToEndAsync();
        var report = await checker.StandardError.ReadToEndAsync();
        await checker.WaitForExitAsync(new CancellationTokenSource(TimeSpan.FromMinutes(2)).Token);
        await output;

        using var json = JsonDocument.Parse(report);
        var errors = json.RootElement.GetProperty("messages").EnumerateArray()
            .Where(m => m.GetProperty("type").GetString() == "error")
            .Select(m => $"{PageOf(m, names)}: {m.GetProperty("message").GetString()}")
            .ToList();
        Directory.Delete(folder, recursive: true);
        return errors;
    }

    private static string PageOf(JsonElement message, IReadOnlyList<string> names)
    {
        var url = message.TryGetProperty("url", out var u) ? u.GetString() ?? "" : "";
        var index = int.TryParse(Path.GetFileNameWithoutExtension(url).Replace("page-", "", StringComparison.Ordinal), out var n) ? n : -1;
        return index >= 0 && index < names.Count ? names[index] : url;
    }

    /// <summary>test.sh installs vnu-jar with npm into .tools/vnu/ at the repository's top; PORTAL_VNU_JAR may name another.</summary>
    private static string VnuJar()
    {
        if (Environment.GetEnvironmentVariable("PORTAL_VNU_JAR") is { Length: > 0 } named)
        {
            return named;
        }
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var jar = Path.Combine(folder.FullName, ".tools", "vnu", "node_modules", "vnu-jar", "build", "dist", "vnu.jar");
            if (File.Exists(jar))
            {
                return jar;
            }
        }
        throw new FileNotFoundException("vnu.jar not found: run ./test.sh, which installs it (npm install --prefix .tools/vnu vnu-jar).");
    }
}
