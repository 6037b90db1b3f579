using System.Globalization;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Microsoft.Extensions.Localization;
using Portal.Web.Hosting;

namespace Portal.Web.Localization;

/// <summary>
/// A text picked for the reader's language: its <see cref="Language"/> (for a <c>lang</c> attribute) and whether it
/// is the Vietnamese text standing in for an English one that is missing (<see cref="IsFallback"/>), never blank.
/// </summary>
public readonly record struct LocalizedText(string Text, string Language, bool IsFallback)
{
    public override string ToString() => Text;
}

/// <summary>
/// Content kept in Vietnamese and English (the directory, the site's name, categories, site links, information
/// pages): the English text when the reader reads English and it exists, else the Vietnamese one, marked.
/// </summary>
public static class Bilingual
{
    public static bool IsEnglish => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == LocalizationSetup.English;

    public static LocalizedText Pick(string vietnamese, string? english) => Pick(vietnamese, english, IsEnglish);

    public static LocalizedText Pick(string vietnamese, string? english, bool inEnglish) =>
        !inEnglish ? new(vietnamese, LocalizationSetup.Vietnamese, false)
        : string.IsNullOrWhiteSpace(english) ? new(vietnamese, LocalizationSetup.Vietnamese, true)
        : new(english, LocalizationSetup.English, false);

    private const string VietnameseAddressKey = "AlternateVi";
    private const string EnglishAddressKey = "AlternateEn";

    /// <summary>
    /// A page that has an address in each language: the layout links both with <c>hreflang</c> and its language
    /// switch goes to the other one.
    /// </summary>
    public static void SetAddresses(this ViewDataDictionary viewData, string vietnamesePath, string englishPath)
    {
        viewData[VietnameseAddressKey] = vietnamesePath;
        viewData[EnglishAddressKey] = englishPath;
    }

    public static (string Vietnamese, string English)? Addresses(this ViewDataDictionary viewData) =>
        viewData[VietnameseAddressKey] is string vi && viewData[EnglishAddressKey] is string en ? (vi, en) : null;
}

/// <summary>
/// <c>&lt;bilingual vi="@a.NameVi" en="@a.NameEn" /&gt;</c>: the text in the reader's language, as text; the
/// Vietnamese standing in for a missing English text comes in a <c>lang="vi"</c> span followed by "(in Vietnamese)".
/// </summary>
[HtmlTargetElement("bilingual", Attributes = "vi", TagStructure = TagStructure.WithoutEndTag)]
public sealed class BilingualTagHelper(IStringLocalizer<SharedResource> labels) : TagHelper
{
    public const string FallbackNote = "(bằng tiếng Việt)";

    public string Vi { get; set; } = "";
    public string? En { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        output.TagName = null;
        var text = Bilingual.Pick(Vi, En);
        if (!text.IsFallback)
        {
            output.Content.SetContent(text.Text);
            return;
        }
        output.Content.AppendHtml("<span lang=\"vi\">").Append(text.Text).AppendHtml("</span> <span class=\"fallback-note\">")
            .Append(labels[FallbackNote]).AppendHtml("</span>");
    }
}

/// <summary>
/// <c>&lt;bilingual-html vi="@a.FunctionsViHtml" en="@a.FunctionsEnHtml" /&gt;</c>: a block of sanitised HTML
/// rendered from Markdown at save time, in the reader's language; the Vietnamese one standing in for a missing
/// English text is said to be so first and carries <c>lang="vi"</c>.
/// </summary>
[HtmlTargetElement("bilingual-html", Attributes = "vi", TagStructure = TagStructure.WithoutEndTag)]
public sealed class BilingualHtmlTagHelper(IStringLocalizer<SharedResource> labels) : TagHelper
{
    public const string FallbackNote = "Phần này chưa có bản tiếng Anh; dưới đây là bản tiếng Việt.";

    public string Vi { get; set; } = "";
    public string? En { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        output.TagName = null;
        var html = Bilingual.Pick(Vi, En);
        if (!html.IsFallback)
        {
            output.Content.SetHtmlContent(html.Text);
            return;
        }
        output.Content.AppendHtml("<p class=\"fallback-note\">").Append(labels[FallbackNote]).AppendHtml("</p><div lang=\"vi\">")
            .AppendHtml(html.Text).AppendHtml("</div>");
    }
}
