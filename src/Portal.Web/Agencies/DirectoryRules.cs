using System.Net.Mail;
using System.Text;
using Portal.Web.SiteLinks;

namespace Portal.Web.Agencies;

/// <summary>What the newsroom may save in the directory, checked by the services whatever the form did.</summary>
public static class DirectoryRules
{
    public const string EmailRefused = "Địa chỉ thư không hợp lệ, ví dụ: vanphong@tinh.gov.vn.";
    public const string PhoneRefused = "Số điện thoại chỉ gồm chữ số, dấu cách và các dấu + . - ( ), ví dụ: 0254 3852 000.";
    public const string WebsiteRefused = SiteLinkService.AddressRefused;

    public static string Clean(string? text) => (text ?? "").Trim().Normalize(NormalizationForm.FormC);

    public static bool IsPhone(string phone) =>
        phone.Length == 0 || phone.Length <= Agency.PhoneMaxLength && phone.Any(char.IsAsciiDigit)
            && phone.All(c => char.IsAsciiDigit(c) || c is ' ' or '+' or '.' or '-' or '(' or ')');

    public static bool IsEmail(string email) =>
        email.Length == 0 || email.Length <= Agency.EmailMaxLength && !email.Any(c => char.IsWhiteSpace(c) || c is '<' or '>' or '"' or ',' or ';')
            && MailAddress.TryCreate(email, out var address) && address.Address == email && address.Host.Contains('.', StringComparison.Ordinal);

    /// <summary>Each contact field's refusal, by the form's field name.</summary>
    public static Dictionary<string, string> CheckContacts(string phone, string email, string? website = null)
    {
        var errors = new Dictionary<string, string>();
        if (!IsPhone(phone))
        {
            errors["Phone"] = PhoneRefused;
        }
        if (!IsEmail(email))
        {
            errors["Email"] = EmailRefused;
        }
        if (!string.IsNullOrEmpty(website) && !SiteLinkService.IsAllowedAddress(website))
        {
            errors["Website"] = WebsiteRefused;
        }
        return errors;
    }

    /// <summary>"a → b" for each field that changed, for the audit log.</summary>
    public static string Changes(params (string Label, string Before, string After)[] fields) =>
        string.Join("; ", fields.Where(f => f.Before != f.After).Select(f => $"{f.Label}: {Short(f.Before)} → {Short(f.After)}"));

    private static string Short(string text) => text.Length == 0 ? "(trống)" : text.Length > 80 ? text[..80] + "…" : text;
}
