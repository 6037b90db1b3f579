using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Portal.Web.Areas.Admin.Pages.Forms;

/// <summary>Puts a service's refusals (<see cref="Editing.SaveResult{T}.Invalid"/>) beside the form's fields, for every admin page.</summary>
public static class ModelStateErrors
{
    /// <summary>
    /// Each message beside <paramref name="prefix"/>.field (the form's input object, <c>Input</c> on most pages);
    /// the empty field at the top of the form. A null prefix puts every message at the top.
    /// </summary>
    public static void AddErrors(this ModelStateDictionary modelState, IReadOnlyDictionary<string, string> errors, string? prefix = "Input")
    {
        foreach (var (field, message) in errors)
        {
            modelState.AddModelError(field.Length == 0 || prefix is null ? "" : $"{prefix}.{field}", message);
        }
    }
}
