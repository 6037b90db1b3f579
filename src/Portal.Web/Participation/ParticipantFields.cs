using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace Portal.Web.Participation;

/// <summary>What a page may tell the shared partial <c>Pages/Shared/_ParticipantFields.cshtml</c>.</summary>
public static class ParticipantFields
{
    /// <summary>The view-data key: false leaves the organisation out (a question keeps none).</summary>
    public const string Organisation = "ParticipantFields.Organisation";

    public static ViewDataDictionary WithoutOrganisation(ViewDataDictionary viewData) =>
        new(viewData) { [Organisation] = false };
}
