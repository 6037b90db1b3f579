using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ApplicationModels;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Portal.Web.Hosting;

/// <summary>
/// A page answers only the methods it has handlers for: routing turns anything else (a PUT, a TRACE, a POST to a
/// page that only shows) into a 405 before antiforgery or the page run, where a page without its data would
/// otherwise render half-empty or fail. A page without handlers (the error page) takes every method.
/// </summary>
public sealed class PageMethodsConvention : IPageApplicationModelConvention
{
    public void Apply(PageApplicationModel model)
    {
        var methods = model.HandlerMethods.Select(h => h.HttpMethod.ToUpperInvariant()).ToHashSet();
        if (methods.Count == 0)
        {
            return;
        }
        if (methods.Contains(HttpMethods.Get))
        {
            methods.Add(HttpMethods.Head);
        }
        model.EndpointMetadata.Add(new HttpMethodMetadata([.. methods.Order(StringComparer.Ordinal)]));
    }
}

/// <summary>A handler the page does not have (<c>?handler=anything</c>) is not found, rather than the page rendered without its data.</summary>
public sealed class UnknownHandlerFilter : IPageFilter
{
    public void OnPageHandlerSelected(PageHandlerSelectedContext context)
    {
    }

    public void OnPageHandlerExecuting(PageHandlerExecutingContext context)
    {
        if (context.HandlerMethod is null && context.ActionDescriptor.HandlerMethods.Count > 0)
        {
            context.Result = new NotFoundResult();
        }
    }

    public void OnPageHandlerExecuted(PageHandlerExecutedContext context)
    {
    }
}
