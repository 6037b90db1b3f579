using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using NetEscapades.AspNetCore.SecurityHeaders;
using Portal.Web.Hosting;
using Portal.Web.Participation;

namespace Portal.Web.Pages;

/// <summary>
/// <c>/xac-nhan/{token}</c>, the link of a confirmation e-mail. Opening it confirms nothing (mail scanners open links
/// by themselves): the person presses "Xác nhận", whose POST confirms. Never stored in a cache, never indexed, and
/// sent with no Referer from it, so the token leaves the page by no way but the person's own press.
/// </summary>
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
[SecurityHeadersPolicy(SecurityHeadersSetup.NoReferrerPolicy)]
[EnableRateLimiting(RateLimitSetup.Participation)]
public sealed class ConfirmationModel(Confirmations confirmations) : PageModel
{
    /// <summary>Whether the address holds a token of the right shape; one that has not is looked up nowhere.</summary>
    public bool IsWellFormed { get; private set; }

    /// <summary>What pressing the button did; null while the button is shown.</summary>
    public ConfirmationOutcome? Outcome { get; private set; }

    public IActionResult OnGet(string? token)
    {
        IsWellFormed = ConfirmationToken.IsWellFormed(token);
        return Answer();
    }

    public async Task<IActionResult> OnPostAsync(string? token, CancellationToken cancellationToken)
    {
        IsWellFormed = ConfirmationToken.IsWellFormed(token);
        if (IsWellFormed)
        {
            Outcome = await confirmations.ConfirmAsync(token, cancellationToken);
        }
        return Answer();
    }

    private PageResult Answer()
    {
        Response.StatusCode = !IsWellFormed ? StatusCodes.Status404NotFound : Outcome?.Kind switch
        {
            ConfirmationOutcomeKind.NotFound => StatusCodes.Status404NotFound,
            ConfirmationOutcomeKind.Expired => StatusCodes.Status410Gone,
            _ => StatusCodes.Status200OK,
        };
        return Page();
    }
}
