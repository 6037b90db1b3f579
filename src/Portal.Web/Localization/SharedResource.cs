namespace Portal.Web.Localization;

/// <summary>
/// The public site's labels. The key is the Vietnamese text, shown as is in Vietnamese; the English text is in
/// Resources/Localization/SharedResource.en.resx. Content (articles, categories) stays in its own language.
/// </summary>
public sealed class SharedResource;
