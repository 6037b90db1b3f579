using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewEngines;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Portal.Web.Participation;

namespace Portal.Tests.Integration.Participation;

/// <summary>
/// The shared partial <c>_ParticipantFields</c> rendered by the app's own view engine, as a page renders it with
/// <c>&lt;partial name="_ParticipantFields" for="Input.Who" /&gt;</c>: under a prefix, with a model state.
/// </summary>
public static class ParticipantFieldsRendering
{
    public const string PartialPath = "/Pages/Shared/_ParticipantFields.cshtml";

    public static async Task<string> RenderAsync(PortalFactory factory, ParticipantInput input, string prefix, ModelStateDictionary? modelState = null)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var http = new DefaultHttpContext { RequestServices = services };
        var actionContext = new ActionContext(http, new RouteData(), new ActionDescriptor());
        var view = services.GetRequiredService<ICompositeViewEngine>().GetView(null, PartialPath, isMainPage: false).EnsureSuccessful(null).View!;
        var viewData = new ViewDataDictionary<ParticipantInput>(services.GetRequiredService<IModelMetadataProvider>(), modelState ?? new ModelStateDictionary())
        {
            Model = input,
        };
        viewData.TemplateInfo.HtmlFieldPrefix = prefix;
        var tempData = new TempDataDictionary(http, services.GetRequiredService<ITempDataProvider>());
        await using var writer = new StringWriter();
        var context = new ViewContext(actionContext, view, viewData, tempData, writer, new HtmlHelperOptions());
        await view.RenderAsync(context);
        return writer.ToString();
    }
}
