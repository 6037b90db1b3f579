using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Web.Data;
using Portal.Web.Hosting;

namespace Portal.Web.Areas.Admin.Pages.Forms;

/// <summary>
/// A form posted while the database is away comes back as typed, with a message and the outage's 503, instead of
/// the error page that would lose the text. For pages that render from their bound input alone.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class KeepTheFormDuringAnOutageAttribute : Attribute, IAsyncPageFilter
{
    public const string Message =
        "Không lưu được vì cơ sở dữ liệu tạm thời không truy cập được; nội dung bạn nhập vẫn còn trên trang, xin thử lưu lại sau ít phút.";

    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var executed = await next();
        if (executed.Exception is not { } exception || executed.ExceptionHandled
            || HttpMethods.IsGet(context.HttpContext.Request.Method) || !DatabaseUnavailable.Is(exception))
        {
            return;
        }
        var logger = context.HttpContext.RequestServices.GetRequiredService<ILogger<KeepTheFormDuringAnOutageAttribute>>();
        DatabaseOutageMiddleware.Answer(context.HttpContext, exception, logger);
        context.ModelState.AddModelError("", Message);
        executed.ExceptionHandled = true;
        executed.Result = new PageResult { StatusCode = StatusCodes.Status503ServiceUnavailable };
    }
}
