using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace Portal.Web.Localization;

/// <summary>
/// Where the header's language switch returns to on a page whose address decides its language but that has no
/// counterpart of the same content (the English entry page <c>/en</c> switches to the Vietnamese home page).
/// </summary>
public static class LanguageSwitch
{
    public const string PathKey = "LanguageSwitchPath";

    public static void SetLanguageSwitchPath(this ViewDataDictionary viewData, string path) => viewData[PathKey] = path;

    /// <summary>The switch's own address: it remembers the language and goes on to <paramref name="returnPath"/>.</summary>
    public static string Path(string language, string returnPath) => $"/ngon-ngu/{language}?returnUrl={Uri.EscapeDataString(returnPath)}";
}
