using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.WebEncoders;
using Portal.Web.Agencies;
using Portal.Web.Articles;
using Portal.Web.Auditing;
using Portal.Web.Categories;
using Portal.Web.Consultations;
using Portal.Web.Feeds;
using Portal.Web.Importing;
using Portal.Web.InfoPages;
using Portal.Web.LegalDocuments;
using Portal.Web.Mail;
using Portal.Web.Participation;
using Portal.Web.Publishing;
using Portal.Web.Questions;
using Portal.Web.Schedule;
using Portal.Web.SiteLinks;
using Portal.Web.SiteTexts;

namespace Portal.Web.Hosting;

public static class WebSetup
{
    /// <summary>The domain services that pages, commands and tests share.</summary>
    public static IServiceCollection AddPortalDomain(this IServiceCollection services)
    {
        services.AddSingleton(TimeProvider.System);
        // Each kind of content registers its services and what it answers the sitemap, the feed and the page cache.
        services.AddArticles();
        services.AddLegalDocuments();
        services.AddConsultations();
        services.AddQuestions();
        services.AddAgencies();
        services.AddLeadersSchedule();
        // What the citizens' forms share (the guard, the confirmation, personal data), and the e-mail outbox.
        services.AddParticipation();
        services.AddPortalMail();
        // What every public page shows (the menu, the site links, the footer's pages): a change evicts every cached page.
        services.AddScoped<CategoryService>().AddSiteWideEntity<Category>();
        services.AddScoped<SiteLinkService>().AddSiteWideEntity<SiteLink>();
        services.AddScoped<InfoPageService>().AddSiteWideEntity<InfoPage>();
        services.AddSiteTexts();
        services.AddScoped<LegacyImporter>();
        services.AddScoped<ArticleGenerator>();
        services.AddScoped<DocumentListNames>();
        services.AddScoped<LegalDocumentImporter>();
        services.AddScoped<LegalDocumentGenerator>();
        services.AddScoped<AuditLog>();
        services.AddPortalPublicUrls();
        return services;
    }

    public static IServiceCollection AddPortalWeb(this IServiceCollection services)
    {
        services.AddOptions<SiteOptions>().BindConfiguration(SiteOptions.Section);
        services.AddRazorPages(options => options.Conventions.AddPublicPageRoutes().Add(new PageMethodsConvention())).AddMvcOptions(options =>
        {
            options.Filters.Add<UnknownHandlerFilter>();
            options.Filters.Add<NulCharacterFilter>();
            // What model binding says of a value it cannot read, in Vietnamese.
            var messages = options.ModelBindingMessageProvider;
            messages.SetAttemptedValueIsInvalidAccessor((value, field) => $"Giá trị '{value}' không hợp lệ cho {field}.");
            messages.SetMissingBindRequiredValueAccessor(field => $"Thiếu giá trị cho {field}.");
            messages.SetMissingKeyOrValueAccessor(() => "Thiếu giá trị.");
            messages.SetMissingRequestBodyRequiredValueAccessor(() => "Thiếu nội dung yêu cầu.");
            messages.SetValueMustNotBeNullAccessor(value => $"Giá trị '{value}' không được để trống.");
            messages.SetNonPropertyAttemptedValueIsInvalidAccessor(value => $"Giá trị '{value}' không hợp lệ.");
            messages.SetUnknownValueIsInvalidAccessor(field => $"Giá trị của {field} không hợp lệ.");
            messages.SetNonPropertyUnknownValueIsInvalidAccessor(() => "Giá trị không hợp lệ.");
            messages.SetValueIsInvalidAccessor(value => $"Giá trị '{value}' không hợp lệ.");
            messages.SetValueMustBeANumberAccessor(field => $"{field} phải là một số.");
            messages.SetNonPropertyValueMustBeANumberAccessor(() => "Giá trị phải là một số.");
        });
        services.AddRouting(options => options.LowercaseUrls = true);
        services.AddRequestBodyLimits();
        // Razor would otherwise write every Vietnamese letter as a numeric entity.
        services.Configure<WebEncoderOptions>(options => options.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        return services;
    }

    /// <summary>Brotli or gzip for pages, feeds and the sitemap (static files come compressed from the build).</summary>
    public static IServiceCollection AddPortalCompression(this IServiceCollection services)
    {
        services.AddResponseCompression(options =>
        {
            options.EnableForHttps = true;
            options.Providers.Add<BrotliCompressionProvider>();
            options.Providers.Add<GzipCompressionProvider>();
            options.MimeTypes = ResponseCompressionDefaults.MimeTypes.Concat(["application/rss+xml", "image/svg+xml"]);
        });
        services.Configure<BrotliCompressionProviderOptions>(options => options.Level = System.IO.Compression.CompressionLevel.Fastest);
        services.Configure<GzipCompressionProviderOptions>(options => options.Level = System.IO.Compression.CompressionLevel.Fastest);
        return services;
    }

    /// <summary>
    /// Not for the newsroom: its pages carry antiforgery tokens, and compressing secrets beside text an
    /// attacker can echo invites BREACH. Citizens' pages hold no secret.
    /// </summary>
    public static IApplicationBuilder UsePortalCompression(this IApplicationBuilder app) =>
        app.UseWhen(context => !context.Request.Path.StartsWithSegments("/admin", StringComparison.OrdinalIgnoreCase),
            branch => branch.UseResponseCompression());

    /// <summary>A friendly Vietnamese page for every error status; no stack trace outside Development.</summary>
    public static IApplicationBuilder UsePortalErrorPages(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler(PublicUrls.ErrorsSection + "/500");
        }
        app.UseStatusCodePagesWithReExecute(PublicUrls.ErrorsSection + "/{0}");
        return app;
    }

    /// <summary>
    /// A database outage is a 503 with <c>Retry-After</c>, shown by the error pages above. Inside the request log,
    /// so that log sees the status and no exception.
    /// </summary>
    public static IApplicationBuilder UseDatabaseOutagePage(this IApplicationBuilder app) =>
        app.UseMiddleware<DatabaseOutageMiddleware>();
}
