namespace Portal.Web.Localization;

/// <summary>
/// Content written in Vietnamese only (articles, legal documents, consultations, questions) on a page whose labels
/// may be English: <c>lang="@ContentLanguage.Vietnamese"</c> on it makes screen readers switch voice. Null (no
/// attribute) on a Vietnamese page, where the page's own language already says so.
/// </summary>
public static class ContentLanguage
{
    public static string? Vietnamese => Bilingual.IsEnglish ? "vi" : null;
}
