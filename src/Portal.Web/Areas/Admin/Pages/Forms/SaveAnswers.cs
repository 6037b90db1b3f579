using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Web.Editing;

namespace Portal.Web.Areas.Admin.Pages.Forms;

/// <summary>How every admin page answers a <see cref="SaveResult{T}"/> the same way.</summary>
public static class SaveAnswers
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

    /// <summary>
    /// The answer to a save that did not happen: 404 when there was nothing of that id, the form again with the
    /// messages beside its fields when refused. Null when saved, for the page to say so and move on. A conflict is
    /// for the page itself to answer (the article editor does); here it is a mistake.
    /// </summary>
    public static IActionResult? AnswerUnsaved<T>(this PageModel page, SaveResult<T> result, string? prefix = "Input")
    {
        switch (result)
        {
            case SaveResult<T>.Saved:
                return null;
            case SaveResult<T>.NotFound:
                return page.NotFound();
            case SaveResult<T>.Invalid invalid:
                page.ModelState.AddErrors(invalid.Errors, prefix);
                return page.Page();
            default:
                throw new InvalidOperationException($"{page.GetType().Name} does not answer {result.GetType().Name}.");
        }
    }
}
