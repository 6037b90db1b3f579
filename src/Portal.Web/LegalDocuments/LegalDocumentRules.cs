using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Portal.Web.Data;

namespace Portal.Web.LegalDocuments;

/// <summary>What a valid input resolves to: the lists' rows it names and the documents its relations act on.</summary>
public sealed record CheckedDocumentInput(
    DocumentType Type,
    DocumentIssuer Issuer,
    IReadOnlyList<DocumentField> Fields,
    IReadOnlyList<(RelationKind Kind, int TargetId, string TargetNumber)> Relations);

/// <summary>
/// The rules of a document's fields, each refusal a Vietnamese message keyed by the input's field (as
/// <see cref="Editing.SaveResult{T}.Invalid"/> carries them), so the form shows it beside what was typed.
/// </summary>
public sealed class LegalDocumentRules(PortalDbContext db)
{
    /// <summary>Trims every text and puts it in NFC, so "Quyết định" typed on any keyboard is stored and compared one way.</summary>
    public static void Normalize(LegalDocumentInput input)
    {
        input.Number = Nfc(input.Number);
        input.Signer = Nfc(input.Signer);
        input.SignerTitle = Nfc(input.SignerTitle);
        input.Abstract = Nfc(input.Abstract);
        input.ForceNote = Nfc(input.ForceNote);
        input.Relations = [.. input.Relations.Select(r => r with { TargetNumber = Nfc(r.TargetNumber) })];
    }

    public static string Nfc(string? text) => (text ?? "").Trim().Normalize(NormalizationForm.FormC);

    /// <summary>Checks <paramref name="input"/> (already normalized) for <paramref name="documentId"/> (0: new) into <paramref name="errors"/>.</summary>
    public async Task<CheckedDocumentInput?> CheckAsync(LegalDocumentInput input, int documentId, Dictionary<string, string> errors, CancellationToken cancellationToken)
    {
        CheckTexts(input, errors);
        CheckDates(input, errors);
        if (input.ForceByHand is { } force && !Enum.IsDefined(force))
        {
            errors[nameof(input.ForceByHand)] = "Tình trạng hiệu lực đã chọn không hợp lệ.";
        }
        else if (input.ForceByHand is not null && input.ForceNote.Length == 0)
        {
            errors[nameof(input.ForceNote)] = "Xin ghi lý do đặt tình trạng hiệu lực bằng tay (ví dụ: văn bản nào bãi bỏ một phần).";
        }

        var type = input.DocumentTypeId == 0 ? null : await db.DocumentTypes.FirstOrDefaultAsync(t => t.Id == input.DocumentTypeId, cancellationToken);
        if (type is null)
        {
            errors[nameof(input.DocumentTypeId)] = input.DocumentTypeId == 0 ? "Xin chọn loại văn bản." : "Loại văn bản đã chọn không còn trong danh mục; xin chọn loại khác.";
        }
        var issuer = input.IssuerId == 0 ? null : await db.DocumentIssuers.FirstOrDefaultAsync(i => i.Id == input.IssuerId, cancellationToken);
        if (issuer is null)
        {
            errors[nameof(input.IssuerId)] = input.IssuerId == 0 ? "Xin chọn cơ quan ban hành." : "Cơ quan ban hành đã chọn không còn trong danh mục; xin chọn cơ quan khác.";
        }
        var fieldIds = input.FieldIds.Distinct().ToList();
        var fields = await db.DocumentFields.Where(f => fieldIds.Contains(f.Id)).ToListAsync(cancellationToken);
        if (fieldIds.Count == 0)
        {
            errors[nameof(input.FieldIds)] = "Xin chọn ít nhất một lĩnh vực.";
        }
        else if (fields.Count != fieldIds.Count)
        {
            errors[nameof(input.FieldIds)] = "Một lĩnh vực đã chọn không còn trong danh mục; xin chọn lại.";
        }

        var key = LegalDocumentNumber.Key(input.Number);
        if (issuer is not null && key.Length > 0 && !errors.ContainsKey(nameof(input.Number))
            && await db.LegalDocuments.AsNoTracking().Where(d => d.IssuerId == issuer.Id && d.NumberKey == key && d.Id != documentId)
                .Select(d => new { d.Id, d.Number }).FirstOrDefaultAsync(cancellationToken) is { } twin)
        {
            errors[nameof(input.Number)] = $"{issuer.Name} đã có văn bản số \"{twin.Number}\" (văn bản #{twin.Id}): mỗi cơ quan ban hành chỉ có một văn bản mang một số ký hiệu.";
        }
        var relations = await ResolveRelationsAsync(input, documentId, errors, cancellationToken);
        return errors.Count > 0 || type is null || issuer is null ? null : new CheckedDocumentInput(type, issuer, fields, relations);
    }

    private static void CheckTexts(LegalDocumentInput input, Dictionary<string, string> errors)
    {
        if (input.Number.Length == 0)
        {
            errors[nameof(input.Number)] = "Xin nhập số ký hiệu của văn bản (ví dụ 15/2024/QĐ-UBND).";
        }
        else if (input.Number.Length > LegalDocument.NumberMaxLength)
        {
            errors[nameof(input.Number)] = $"Số ký hiệu dài tối đa {LegalDocument.NumberMaxLength} ký tự (đã nhập {input.Number.Length}).";
        }
        else if (LegalDocumentNumber.Key(input.Number).Length == 0)
        {
            errors[nameof(input.Number)] = "Số ký hiệu phải có chữ hoặc chữ số (ví dụ 15/2024/QĐ-UBND).";
        }
        if (input.Abstract.Length == 0)
        {
            errors[nameof(input.Abstract)] = "Xin nhập trích yếu: văn bản nói về việc gì.";
        }
        TooLong(errors, nameof(input.Abstract), "Trích yếu", input.Abstract, LegalDocument.AbstractMaxLength);
        TooLong(errors, nameof(input.Signer), "Người ký", input.Signer, LegalDocument.SignerMaxLength);
        TooLong(errors, nameof(input.SignerTitle), "Chức vụ người ký", input.SignerTitle, LegalDocument.SignerTitleMaxLength);
        TooLong(errors, nameof(input.ForceNote), "Ghi chú hiệu lực", input.ForceNote, LegalDocument.ForceNoteMaxLength);
    }

    private static void TooLong(Dictionary<string, string> errors, string field, string label, string text, int maxLength)
    {
        if (text.Length > maxLength)
        {
            errors[field] = $"{label} dài tối đa {maxLength} ký tự (đã nhập {text.Length}).";
        }
    }

    private static void CheckDates(LegalDocumentInput input, Dictionary<string, string> errors)
    {
        if (input.IssuedOn is not { } issued)
        {
            errors[nameof(input.IssuedOn)] = "Xin nhập ngày ban hành.";
            return;
        }
        if (input.EffectiveOn is { } effective && effective < issued && !input.EffectiveBeforeIssue)
        {
            errors[nameof(input.EffectiveOn)] = $"Ngày có hiệu lực ({Day(effective)}) trước ngày ban hành ({Day(issued)}). Nếu văn bản quy định như vậy, xin đánh dấu \"Có hiệu lực trước ngày ban hành\".";
        }
        var takesEffect = input.EffectiveOn ?? issued;
        if (input.ExpiresOn is { } expires && expires < takesEffect)
        {
            errors[nameof(input.ExpiresOn)] = $"Ngày hết hiệu lực ({Day(expires)}) không được trước ngày có hiệu lực ({Day(takesEffect)}).";
        }
    }

    public static string Day(DateOnly day) => day.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    /// <summary>Each typed relation's target, found by its number's key (and issuer when given); blank rows ignored, repeats kept once.</summary>
    private async Task<List<(RelationKind Kind, int TargetId, string TargetNumber)>> ResolveRelationsAsync(
        LegalDocumentInput input, int documentId, Dictionary<string, string> errors, CancellationToken cancellationToken)
    {
        var rows = input.Relations.Select((r, i) => (Row: r, Index: i, Key: LegalDocumentNumber.Key(r.TargetNumber))).Where(r => r.Key.Length > 0).ToList();
        var keys = rows.Select(r => r.Key).Distinct().ToList();
        var candidates = keys.Count == 0 ? [] : await db.LegalDocuments.AsNoTracking().Where(d => keys.Contains(d.NumberKey))
            .Select(d => new { d.Id, d.NumberKey, d.IssuerId, d.Number }).ToListAsync(cancellationToken);
        var resolved = new List<(RelationKind Kind, int TargetId, string TargetNumber)>();
        foreach (var (row, index, key) in rows)
        {
            var field = $"{nameof(input.Relations)}[{index}].{nameof(LegalDocumentRelationInput.TargetNumber)}";
            var matches = candidates.Where(c => c.NumberKey == key && (row.TargetIssuerId is null || c.IssuerId == row.TargetIssuerId)).ToList();
            if (!Enum.IsDefined(row.Kind))
            {
                errors[field] = "Loại quan hệ đã chọn không hợp lệ.";
            }
            else if (matches.Count == 0)
            {
                errors[field] = $"Không có văn bản số \"{row.TargetNumber}\" trong thư viện{(row.TargetIssuerId is null ? "" : " của cơ quan đã chọn")}; xin kiểm tra lại số ký hiệu.";
            }
            else if (matches.Count > 1)
            {
                errors[field] = $"Có {matches.Count} văn bản số \"{row.TargetNumber}\" của các cơ quan khác nhau; xin chọn cơ quan ban hành của văn bản này.";
            }
            else if (matches[0].Id == documentId && documentId != 0)
            {
                errors[field] = "Văn bản không thể thay thế, sửa đổi, hướng dẫn hay bãi bỏ chính nó.";
            }
            else if (!resolved.Any(r => r.Kind == row.Kind && r.TargetId == matches[0].Id))
            {
                resolved.Add((row.Kind, matches[0].Id, matches[0].Number));
            }
        }
        return resolved;
    }
}
