using System.Text;
using Microsoft.EntityFrameworkCore;
using Portal.Web.Data;
using Portal.Web.LegalDocuments;
using Portal.Web.Localization;

namespace Portal.Web.Consultations;

/// <summary>A consultation's input once checked: its issuer, its times in UTC, its sections' titles in order.</summary>
public sealed record CheckedConsultationInput(DocumentIssuer Issuer, DateTime OpensAt, DateTime ClosesAt, IReadOnlyList<string> Sections);

/// <summary>The rules of a consultation's fields, each broken rule a Vietnamese message beside its field.</summary>
public sealed class ConsultationRules(PortalDbContext db)
{
    public const int MaxSections = 200;

    public static void Normalize(ConsultationInput input)
    {
        input.Title = Nfc(input.Title);
        input.Explanation = Nfc(input.Explanation).Replace("\r\n", "\n", StringComparison.Ordinal);
        input.OpensAt = Nfc(input.OpensAt);
        input.ClosesAt = Nfc(input.ClosesAt);
        input.Sections = Nfc(input.Sections);
    }

    public static string Nfc(string? text) => (text ?? "").Trim().Normalize(NormalizationForm.FormC);

    /// <summary>The sections typed, one per line, blank lines left out.</summary>
    public static List<string> SectionLines(string sections) =>
        [.. sections.Split('\n').Select(line => line.Trim()).Where(line => line.Length > 0)];

    /// <summary>Checks <paramref name="input"/> (normalized) for <paramref name="existing"/> (null: new) into <paramref name="errors"/>.</summary>
    public async Task<CheckedConsultationInput?> CheckAsync(ConsultationInput input, Consultation? existing, Dictionary<string, string> errors, CancellationToken cancellationToken)
    {
        if (input.Title.Length == 0)
        {
            errors[nameof(input.Title)] = "Xin nhập tên dự thảo.";
        }
        else if (input.Title.Length > Consultation.TitleMaxLength)
        {
            errors[nameof(input.Title)] = $"Tên dự thảo dài quá {Consultation.TitleMaxLength} ký tự.";
        }
        if (input.Explanation.Length > Consultation.ExplanationMaxLength)
        {
            errors[nameof(input.Explanation)] = $"Thuyết minh dài quá {VietnameseText.FormatCount(Consultation.ExplanationMaxLength)} ký tự.";
        }
        var issuer = input.IssuerId == 0 ? null
            : await db.DocumentIssuers.AsNoTracking().FirstOrDefaultAsync(i => i.Id == input.IssuerId, cancellationToken);
        if (issuer is null)
        {
            errors[nameof(input.IssuerId)] = input.IssuerId == 0
                ? "Xin chọn cơ quan chủ trì soạn thảo."
                : "Cơ quan đã chọn không có trong danh mục: xin chọn lại.";
        }
        var opens = Time(input.OpensAt, nameof(input.OpensAt), "bắt đầu", errors);
        var closes = Time(input.ClosesAt, nameof(input.ClosesAt), "kết thúc", errors);
        if (opens is { } from && closes is { } to && to <= from)
        {
            errors[nameof(input.ClosesAt)] =
                $"Thời điểm kết thúc lấy ý kiến phải sau thời điểm bắt đầu ({VietnamTime.FormatStamp(from)}).";
        }
        var sections = SectionLines(input.Sections);
        if (await SectionsErrorAsync(sections, existing, cancellationToken) is { } sectionsError)
        {
            errors[nameof(input.Sections)] = sectionsError;
        }
        return errors.Count == 0 ? new CheckedConsultationInput(issuer!, opens!.Value, closes!.Value, sections) : null;
    }

    private static DateTime? Time(string typed, string field, string what, Dictionary<string, string> errors)
    {
        if (typed.Length == 0)
        {
            errors[field] = $"Xin nhập thời điểm {what} lấy ý kiến.";
            return null;
        }
        if (!VietnamTime.TryParseTyped(typed, out var utc))
        {
            errors[field] = $"\"{typed}\" không phải là thời điểm hợp lệ: xin nhập theo dạng dd/MM/yyyy HH:mm (giờ Việt Nam).";
            return null;
        }
        return utc;
    }

    private async Task<string?> SectionsErrorAsync(List<string> sections, Consultation? existing, CancellationToken cancellationToken)
    {
        if (sections.Count > MaxSections)
        {
            return $"Nhiều nhất {MaxSections} mục.";
        }
        if (sections.FirstOrDefault(s => s.Length > ConsultationSection.TitleMaxLength) is { } tooLong)
        {
            return $"Mục \"{Shortened(tooLong)}\" dài quá {ConsultationSection.TitleMaxLength} ký tự.";
        }
        if (sections.GroupBy(s => s, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            return $"Mục \"{Shortened(twice.Key)}\" có hai lần: mỗi mục một dòng, không trùng nhau.";
        }
        // A section people have commented on stays: their comments name it.
        var dropped = existing?.Sections.Where(s => !sections.Contains(s.Title, StringComparer.Ordinal)).Select(s => s.Id).ToList() ?? [];
        if (dropped.Count > 0)
        {
            var commented = await db.ConsultationComments.AsNoTracking()
                .Where(c => c.SectionId != null && dropped.Contains(c.SectionId.Value)).Select(c => c.SectionId).FirstOrDefaultAsync(cancellationToken);
            if (commented is { } sectionId)
            {
                var title = existing!.Sections.First(s => s.Id == sectionId).Title;
                return $"Mục \"{Shortened(title)}\" đã có góp ý nên không bỏ hoặc đổi tên được; có thể đổi thứ tự các mục.";
            }
        }
        return null;
    }

    private static string Shortened(string text) => text.Length <= 60 ? text : text[..59] + "…";
}
