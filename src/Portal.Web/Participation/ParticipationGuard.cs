using System.Globalization;
using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Options;

namespace Portal.Web.Participation;

public enum GuardVerdictKind
{
    Accepted,

    /// <summary>A script's form (the honeypot filled): answered as if accepted, nothing kept, nothing sent.</summary>
    Silent,

    /// <summary>Refused with a message shown on the form, what was typed kept.</summary>
    Refused,
}

public sealed record GuardVerdict(GuardVerdictKind Kind, string Message = "", string Field = "")
{
    public static readonly GuardVerdict Accepted = new(GuardVerdictKind.Accepted);

    /// <summary>
    /// Puts a refusal's message beside its field of the <see cref="ParticipantInput"/> bound at <paramref name="prefix"/>
    /// (e.g. <c>Input.Who</c>), where <c>_ParticipantFields</c> shows it.
    /// </summary>
    public void AddTo(ModelStateDictionary modelState, string prefix)
    {
        if (Kind == GuardVerdictKind.Refused)
        {
            modelState.AddModelError(string.IsNullOrEmpty(Field) ? prefix : $"{prefix}.{Field}", Message);
        }
    }
}

/// <summary>
/// The checks every citizen's form goes through before anything is kept, with no third-party script: the
/// honeypot, the minimum time to fill the form, the consent, a valid address, and the cap per e-mail address.
/// (The per-client limit on posting is the rate limiter's <c>Hosting.RateLimitSetup.Participation</c> policy.)
/// </summary>
public sealed class ParticipationGuard(
    IDataProtectionProvider protection,
    TimeProvider time,
    IOptions<ParticipationOptions> options,
    IEnumerable<IPersonalDataSource> sources)
{
    public const string StampPurpose = "Portal.Participation.Stamp";

    /// <summary>A form kept open longer than this is sent again with a fresh stamp.</summary>
    public static readonly TimeSpan StampLifetime = TimeSpan.FromDays(1);

    public const string ExpiredMessage = "Biểu mẫu đã hết hạn, vui lòng gửi lại.";
    public const string TooFastMessage = "Biểu mẫu được gửi quá nhanh. Xin đọc lại nội dung rồi bấm gửi lần nữa.";
    public const string ConsentMessage = "Vui lòng đánh dấu đồng ý với việc xử lý dữ liệu cá nhân để gửi nội dung.";
    public const string EmailMessage = "Địa chỉ thư điện tử không hợp lệ. Xin nhập một địa chỉ, ví dụ ten@example.com.";
    public const string CapMessage = "Địa chỉ thư điện tử này đã gửi nhiều nội dung trong 24 giờ qua. Xin gửi lại vào ngày mai.";

    private readonly IDataProtector _protector = protection.CreateProtector(StampPurpose);

    /// <summary>The value of the form's hidden <see cref="ParticipantInput.Stamp"/> field when it is shown.</summary>
    public string IssueStamp() =>
        _protector.Protect(time.GetUtcNow().UtcTicks.ToString(CultureInfo.InvariantCulture));

    /// <summary>
    /// The stamp a re-shown form carries: the one it was sent with while that is genuine and fresh (so the time to
    /// fill counts from the first showing), else a new one (so a form that expired can be sent again).
    /// </summary>
    public string StampFor(string? current) =>
        IssuedAt(current) is { } issued && time.GetUtcNow().UtcDateTime - issued < StampLifetime ? current! : IssueStamp();

    /// <summary>The verdict on a sent form; <see cref="ParticipantInput.Email"/> is checked, not changed.</summary>
    public async Task<GuardVerdict> CheckAsync(ParticipantInput input, CancellationToken cancellationToken)
    {
        if (!string.IsNullOrEmpty(input.Website))
        {
            return new GuardVerdict(GuardVerdictKind.Silent);
        }
        var now = time.GetUtcNow().UtcDateTime;
        var settings = options.Value;
        if (IssuedAt(input.Stamp) is not { } issued || issued > now || now - issued >= StampLifetime)
        {
            return Refused(ExpiredMessage, nameof(ParticipantInput.Stamp));
        }
        if (now - issued < TimeSpan.FromSeconds(settings.MinimumFillSeconds))
        {
            return Refused(TooFastMessage, nameof(ParticipantInput.Stamp));
        }
        if (!input.Consent)
        {
            return Refused(ConsentMessage, nameof(ParticipantInput.Consent));
        }
        if (ParticipantEmail.Normalize(input.Email) is not { } email)
        {
            return Refused(EmailMessage, nameof(ParticipantInput.Email));
        }
        var since = now.AddDays(-1);
        var written = 0;
        foreach (var source in sources)
        {
            written += await source.CountSinceAsync(email, since, cancellationToken);
        }
        return written >= settings.MaxPerEmailPerDay ? Refused(CapMessage, nameof(ParticipantInput.Email)) : GuardVerdict.Accepted;
    }

    private static GuardVerdict Refused(string message, string field) => new(GuardVerdictKind.Refused, message, field);

    /// <summary>When a genuine stamp was issued; null for none, a forged or altered one, or another purpose's.</summary>
    private DateTime? IssuedAt(string? stamp)
    {
        if (string.IsNullOrEmpty(stamp) || stamp.Length > 1000)
        {
            return null;
        }
        try
        {
            return long.TryParse(_protector.Unprotect(stamp), NumberStyles.None, CultureInfo.InvariantCulture, out var ticks)
                && ticks is > 0 && ticks <= DateTime.MaxValue.Ticks
                ? new DateTime(ticks, DateTimeKind.Utc)
                : null;
        }
        catch (Exception exception) when (exception is CryptographicException or FormatException)
        {
            return null;
        }
    }
}
