namespace Portal.Web.Feeds;

/// <summary>
/// Absolute addresses of public pages: under the configured public address whatever Host a request names, or,
/// with none configured, under the address the request came to.
/// </summary>
public sealed class PublicUrls
{
    /// <summary>The public address (https://portal.example.gov.vn), for every absolute address the portal writes.</summary>
    public const string Setting = "Portal:PublicUrl";

    /// <summary>The setting's earlier name, still read when <see cref="Setting"/> is empty.</summary>
    public const string FormerSetting = "Portal:Site:BaseUrl";

    /// <summary>The exit code of a start refused for a public address that is none (docs/operations.md).</summary>
    public const int InvalidSettingExitCode = 4;

    private PublicUrls(string? configured) => Configured = configured;

    /// <summary>The configured address without a trailing slash, a path base kept; null when none is configured.</summary>
    public string? Configured { get; }

    public string Base(HttpRequest request) => Configured ?? $"{request.Scheme}://{request.Host}{request.PathBase}";

    public string Absolute(HttpRequest request, string path) => Base(request) + (path.StartsWith('/') ? path : "/" + path);

    /// <summary>
    /// The configured address, or null and why it is not one: an absolute http or https address with a host,
    /// no user name, query or fragment.
    /// </summary>
    public static PublicUrls? Read(IConfiguration configuration, out string? problem)
    {
        problem = null;
        var setting = string.IsNullOrWhiteSpace(configuration[Setting]) ? FormerSetting : Setting;
        var value = configuration[setting]?.Trim();
        if (string.IsNullOrEmpty(value))
        {
            return new PublicUrls(null);
        }
        if (Uri.IsWellFormedUriString(value, UriKind.Absolute) && Uri.TryCreate(value, UriKind.Absolute, out var uri)
            && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            && uri.Host.Length > 0 && uri.UserInfo.Length == 0 && !value.Contains('?') && !value.Contains('#'))
        {
            return new PublicUrls(uri.GetComponents(UriComponents.SchemeAndServer | UriComponents.Path, UriFormat.UriEscaped).TrimEnd('/'));
        }
        var shown = string.Concat(value.Select(c => char.IsControl(c) ? '?' : c));
        problem = $"The portal cannot start: {setting} is '{shown}', which is not a public address. " +
            "Give the address readers use, with http:// or https:// and no query or fragment (https://portal.example.gov.vn), " +
            $"or leave it empty to use the address each request came to; then start the portal again. Exit code {InvalidSettingExitCode}.";
        return null;
    }

    // The public addresses, in one place: the route templates the pages and endpoints answer (Razor Pages take
    // theirs through Hosting/PublicPageRoutes), and the paths the portal writes in links, built from the same parts.
    private const string Articles = "/bai-viet";
    private const string Categories = "/chuyen-muc";
    private const string Tags = "/the";
    private const string InfoPages = "/trang";
    private const string Feed = "/feed.xml";
    private const string Documents = "/van-ban";
    private const string Consultations = "/gop-y-du-thao";
    private const string Questions = "/hoi-dap";
    private const string Organisation = "/co-cau-to-chuc";
    private const string LocalizationPrefix = "/en";

    public const string HomePath = "/";
    public const string ArticleRoute = Articles + "/{id:int}/{slug?}";
    public const string ArticlePrintRoute = Articles + "/{id:int}/{slug}/ban-in";
    public const string CategoryRoute = Categories + "/{slug}";
    public const string CategoryFeedRoute = CategoryRoute + Feed;
    public const string InfoPageRoute = InfoPages + "/{slug}";
    public const string SearchRoute = "/search";
    public const string FeedRoute = Feed;
    public const string SitemapRoute = "/sitemap.xml";
    public const string SitemapPageRoute = "/sitemap-{page:int:min(0)}.xml";
    public const string RobotsRoute = "/robots.txt";

    /// <summary>The legal documents: the list with its filters, a document, its print view, its files, open data and feeds.</summary>
    public const string LegalDocumentsRoute = Documents;

    /// <summary>The consultations on drafts: the list (open first), one consultation with its comments and form, its files.</summary>
    public const string ConsultationsRoute = Consultations;
    public const string ConsultationRoute = Consultations + "/{id:int}/{slug?}";
    public const string ConsultationFileRoute = Consultations + "/tep/{fileId:int}/{fileName}";

    /// <summary>The questions and answers: the list with its search and filters, one question, the form to ask.</summary>
    public const string QuestionsRoute = Questions;
    public const string QuestionRoute = Questions + "/{id:int}/{slug?}";
    public const string AskQuestionRoute = Questions + "/dat-cau-hoi";

    /// <summary>
    /// The directory of agencies and officials: the tree and an agency's page, at a Vietnamese and an English address
    /// (<c>/en/…</c> is English by its address). An official is an anchor on the agency's page.
    /// </summary>
    public const string DirectoryRoute = Organisation;

    /// <summary>The English reader's entry page: the site in English and the way to the English pages.</summary>
    public const string EnglishHomeRoute = LocalizationPrefix;

    public const string DirectoryEnglishRoute = LocalizationPrefix + "/organisation";
    public const string AgencyRoute = Organisation + "/{slug}";
    public const string AgencyEnglishRoute = DirectoryEnglishRoute + "/{slug}";

    public static string AgencyPath(string slug, bool english = false) => $"{(english ? DirectoryEnglishRoute : Organisation)}/{slug}";

    public static string OfficialAnchor(int officialId) => $"can-bo-{officialId}";

    public static string OfficialPath(string agencySlug, int officialId, bool english = false) => $"{AgencyPath(agencySlug, english)}#{OfficialAnchor(officialId)}";

    /// <summary>The header's reading aids (text size, contrast) and the accessibility statement, in each language.</summary>
    public const string DisplayRoute = "/hien-thi";
    public const string AccessibilityRoute = "/kha-nang-tiep-can";
    public const string AccessibilityEnglishRoute = LocalizationPrefix + "/accessibility";
    /// <summary>The vCards: an agency's beside its page (a complex segment outranks the page's), an official's under "can-bo".</summary>
    public const string AgencyCardRoute = Organisation + "/{slug}.vcf";
    public const string OfficialCardRoute = Organisation + "/can-bo/{id:int}.vcf";

    public static string AgencyCardPath(string slug) => $"{Organisation}/{slug}.vcf";

    public static string OfficialCardPath(int officialId) => $"{Organisation}/can-bo/{officialId.ToString(System.Globalization.CultureInfo.InvariantCulture)}.vcf";

    /// <summary>The leaders' work schedule: this week by default.</summary>
    public const string ScheduleRoute = "/lich-cong-tac";
    public const string SchedulePrintRoute = ScheduleRoute + "/ban-in";
    public const string ScheduleFeedRoute = ScheduleRoute + ".ics";
    public const string LeaderScheduleFeedRoute = ScheduleRoute + "/lanh-dao/{id:int}.ics";

    public static string LeaderScheduleFeedPath(int officialId) => $"{ScheduleRoute}/lanh-dao/{officialId}.ics";

    /// <summary>The confirmation link e-mailed to whoever wrote a comment or a question.</summary>
    public const string ConfirmationRoute = "/xac-nhan/{token}";

    public static string ConsultationPath(int id, string slug) => $"{Consultations}/{id}/{slug}";
    public static string ConsultationFilePath(int fileId, string fileName) => $"{Consultations}/tep/{fileId}/{Uri.EscapeDataString(fileName)}";
    public static string QuestionPath(int id, string slug) => $"{Questions}/{id}/{slug}";
    public static string ConfirmationPath(string token) => $"/xac-nhan/{token}";
    public const string LegalDocumentRoute = Documents + "/{id:int}/{slug?}";
    public const string LegalDocumentPrintRoute = Documents + "/{id:int}/{slug}/ban-in";
    public const string LegalDocumentFileRoute = Documents + "/tep/{fileId:int}/{fileName}";
    public const string LegalDocumentsJsonRoute = Documents + ".json";
    public const string LegalDocumentsCsvRoute = Documents + ".csv";
    public const string LegalDocumentsFeedRoute = Documents + Feed;
    public const string IssuerFeedRoute = Documents + "/co-quan/{slug}" + Feed;

    /// <summary>The error pages: <c>/loi/404</c>; not cached, not counted as visits.</summary>
    public const string ErrorsSection = "/loi";
    public const string ErrorRoute = ErrorsSection + "/{code:int?}";

    public static string ArticlePath(int id, string slug) => $"{Articles}/{id}/{slug}";

    public const string ArticleAttachmentRoute = Articles + "/tep/{fileId:int}/{fileName}";

    public static string ArticleAttachmentPath(int fileId, string fileName) => $"{Articles}/tep/{fileId}/{Uri.EscapeDataString(fileName)}";

    public const string TagRoute = Tags + "/{slug}";

    public static string TagPath(string slug) => $"{Tags}/{slug}";

    public static string CategoryPath(string slug) => $"{Categories}/{slug}";

    public static string CategoryFeedPath(string slug) => CategoryPath(slug) + Feed;

    public static string InfoPagePath(string slug) => $"{InfoPages}/{slug}";

    public static string LegalDocumentPath(int id, string slug) => $"{Documents}/{id}/{slug}";

    public static string LegalDocumentPrintPath(int id, string slug) => $"{Documents}/{id}/{slug}/ban-in";

    /// <summary>A file's address: its id and its name, escaped (the name is for people and for saving; the id finds it).</summary>
    public static string LegalDocumentFilePath(int fileId, string fileName) => $"{Documents}/tep/{fileId}/{Uri.EscapeDataString(fileName)}";

    public static string IssuerFeedPath(string slug) => $"{Documents}/co-quan/{slug}{Feed}";

    public static string SitemapPagePath(int page) => $"/sitemap-{page}.xml";

    /// <summary>The search page for <paramref name="query"/>, as the search form sends it.</summary>
    public static string SearchPath(string? query) => string.IsNullOrWhiteSpace(query) ? SearchRoute : SearchRoute + "?q=" + Uri.EscapeDataString(query);

    /// <summary>A listing's address at page <paramref name="number"/>: page 1 has no <c>trang</c>.</summary>
    public static string ListingPath(string path, int number) =>
        number == 1 ? path : $"{path}{(path.Contains('?') ? '&' : '?')}trang={number}";
}
