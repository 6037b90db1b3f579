using Microsoft.AspNetCore.Mvc.ApplicationModels;
using Portal.Web.Feeds;

namespace Portal.Web.Hosting;

/// <summary>
/// The citizens' pages answer the templates in <see cref="PublicUrls"/>, where the links to them are built too:
/// a Razor <c>@page</c> directive takes only a literal, so those pages declare <c>@page</c> alone and take their
/// one route here.
/// </summary>
public static class PublicPageRoutes
{
    private static readonly (string Page, string Route)[] Routes =
    [
        ("/Index", PublicUrls.HomePath),
        ("/EnglishHome", PublicUrls.EnglishHomeRoute),
        ("/Article", PublicUrls.ArticleRoute),
        ("/ArticlePrint", PublicUrls.ArticlePrintRoute),
        ("/Category", PublicUrls.CategoryRoute),
        ("/Tag", PublicUrls.TagRoute),
        ("/InfoPage", PublicUrls.InfoPageRoute),
        ("/Search", PublicUrls.SearchRoute),
        ("/LegalDocuments", PublicUrls.LegalDocumentsRoute),
        ("/LegalDocument", PublicUrls.LegalDocumentRoute),
        ("/LegalDocumentPrint", PublicUrls.LegalDocumentPrintRoute),
        ("/Confirmation", PublicUrls.ConfirmationRoute),
        ("/Consultations", PublicUrls.ConsultationsRoute),
        ("/Consultation", PublicUrls.ConsultationRoute),
        ("/Questions", PublicUrls.QuestionsRoute),
        ("/Question", PublicUrls.QuestionRoute),
        ("/AskQuestion", PublicUrls.AskQuestionRoute),
        ("/Error", PublicUrls.ErrorRoute),
        ("/Accessibility", PublicUrls.AccessibilityRoute),
        ("/AccessibilityEnglish", PublicUrls.AccessibilityEnglishRoute),
        ("/Directory", PublicUrls.DirectoryRoute),
        ("/DirectoryEnglish", PublicUrls.DirectoryEnglishRoute),
        ("/Agency", PublicUrls.AgencyRoute),
        ("/AgencyEnglish", PublicUrls.AgencyEnglishRoute),
        ("/AgencyCard", PublicUrls.AgencyCardRoute),
        ("/OfficialCard", PublicUrls.OfficialCardRoute),
        ("/LeadersSchedule", PublicUrls.ScheduleRoute),
        ("/LeadersSchedulePrint", PublicUrls.SchedulePrintRoute),
    ];

    public static PageConventionCollection AddPublicPageRoutes(this PageConventionCollection conventions)
    {
        foreach (var (page, route) in Routes)
        {
            conventions.AddPageRouteModelConvention(page, model =>
            {
                model.Selectors.Clear();
                model.Selectors.Add(new SelectorModel { AttributeRouteModel = new AttributeRouteModel { Template = route.TrimStart('/') } });
            });
        }
        return conventions;
    }
}
