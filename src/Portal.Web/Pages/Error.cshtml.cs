using System.Globalization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Portal.Web.Pages;

/// <summary>Every error status, re-executed here: a Vietnamese message, the status kept, no stack trace.</summary>
[IgnoreAntiforgeryToken]
public sealed class ErrorModel : PageModel
{
    public int Status { get; private set; }

    public (string Title, string Message) Text => Status switch
    {
        400 => ("Yêu cầu không hợp lệ", "Địa chỉ hoặc dữ liệu gửi lên không đúng định dạng. Xin kiểm tra lại."),
        403 => ("Không có quyền truy cập", "Bạn không có quyền xem trang này."),
        404 => ("Không tìm thấy trang", "Trang hoặc bài viết bạn tìm không có, hoặc đã được gỡ xuống."),
        405 => ("Phương thức không được hỗ trợ", "Trang này không nhận loại yêu cầu đó."),
        413 => ("Dữ liệu quá lớn", "Dữ liệu gửi lên vượt quá giới hạn cho phép."),
        429 => ("Quá nhiều yêu cầu", "Bạn đã gửi quá nhiều yêu cầu trong thời gian ngắn. Xin đợi một lát rồi thử lại."),
        503 => ("Hệ thống tạm thời gián đoạn", "Cổng thông tin đang bảo trì hoặc tạm thời gián đoạn. Xin thử lại sau ít phút."),
        >= 500 => ("Đã có lỗi xảy ra", "Hệ thống gặp sự cố khi xử lý yêu cầu. Xin thử lại sau."),
        _ => ("Đã có lỗi xảy ra", "Không thể xử lý yêu cầu này."),
    };

    /// <summary>Server errors get a page with no navigation, so a failing database cannot fail it too.</summary>
    public bool IsServerError => Status >= 500;

    /// <summary>
    /// No handler (and this is not one), so every method gets the page: an error is re-executed with the request's own method (a PUT's
    /// 405 comes here as a PUT).
    /// </summary>
    [NonHandler]
    public override void OnPageHandlerExecuting(PageHandlerExecutingContext context)
    {
        var reExecuted = HttpContext.Features.Get<IStatusCodeReExecuteFeature>() is not null
            || HttpContext.Features.Get<IExceptionHandlerPathFeature>() is not null;
        var code = int.TryParse(RouteData.Values["code"] as string, NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : 0;
        Status = reExecuted ? Response.StatusCode : code is >= 400 and <= 599 ? code : 404;
        Response.StatusCode = Status;
    }
}
