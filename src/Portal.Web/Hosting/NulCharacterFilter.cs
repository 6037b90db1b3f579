using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Portal.Web.Hosting;

/// <summary>
/// A NUL is never text anyone typed, and PostgreSQL cannot store or even compare one (it fails the whole query).
/// Kestrel refuses it in the path; this refuses it, with a 400, in the query string and in a posted form, before
/// any page hands it to a query.
/// </summary>
public sealed class NulCharacterFilter : IPageFilter
{
    public void OnPageHandlerSelected(PageHandlerSelectedContext context)
    {
    }

    public void OnPageHandlerExecuting(PageHandlerExecutingContext context)
    {
        var http = context.HttpContext;
        if (http.Features.Get<IStatusCodeReExecuteFeature>() is not null || http.Features.Get<IExceptionHandlerFeature>() is not null)
        {
            return;  // the error page, showing this request's own refusal
        }
        // Only a form model binding has read: a page that binds no form hands none of it to a query.
        var form = http.Features.Get<IFormFeature>()?.Form;
        if (http.Request.Query.Any(HoldsNul) || (form is not null && form.Any(HoldsNul)))
        {
            context.Result = new BadRequestResult();
        }
    }

    public void OnPageHandlerExecuted(PageHandlerExecutedContext context)
    {
    }

    private static bool HoldsNul(KeyValuePair<string, Microsoft.Extensions.Primitives.StringValues> field) =>
        field.Key.Contains('\0', StringComparison.Ordinal) || field.Value.Any(v => v?.Contains('\0', StringComparison.Ordinal) == true);
}
