using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Web.Editing;
using Portal.Tests.Integration;
using Portal.Web.LegalDocuments;
using Portal.Web.Publishing;

namespace Portal.Tests.Builders;

/// <summary>A type, two issuers and two fields of a test's own (unique names), and valid inputs naming them.</summary>
public sealed record TestDocumentLists(int TypeId, int IssuerId, int OtherIssuerId, int FieldId, int OtherFieldId)
{
    /// <summary>A valid new document numbered <paramref name="number"/>, issued 01/03/2026, in force from 15/03/2026.</summary>
    public LegalDocumentInput Input(string number, string abstractText = "Về việc ban hành quy định quản lý đất đai trên địa bàn tỉnh") => new()
    {
        Number = number,
        DocumentTypeId = TypeId,
        IssuerId = IssuerId,
        FieldIds = [FieldId],
        Signer = "Nguyễn Văn An",
        SignerTitle = "Chủ tịch",
        IssuedOn = new DateOnly(2026, 3, 1),
        EffectiveOn = new DateOnly(2026, 3, 15),
        Abstract = abstractText,
    };
}

public static class LegalDocumentLibrary
{
    public static async Task<TestDocumentLists> DocumentListsAsync(this PortalFactory factory)
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        return await factory.WithDbAsync(async db =>
        {
            var type = new DocumentType { Name = $"Quyết định {tag}", Abbreviation = "QĐ" };
            var issuer = new DocumentIssuer { Name = $"UBND tỉnh {tag}", Slug = $"ubnd-tinh-{tag}" };
            var other = new DocumentIssuer { Name = $"HĐND tỉnh {tag}", Slug = $"hdnd-tinh-{tag}" };
            var field = new DocumentField { Name = $"Đất đai {tag}" };
            var otherField = new DocumentField { Name = $"Giáo dục {tag}" };
            db.AddRange(type, issuer, other, field, otherField);
            await db.SaveChangesAsync();
            return new TestDocumentLists(type.Id, issuer.Id, other.Id, field.Id, otherField.Id);
        });
    }

    /// <summary>A number and symbol no other test and no seed uses: <c>N/2026/QĐ-UBXXXXXX</c>.</summary>
    public static string NewNumber() =>
        $"{Random.Shared.Next(1, 1_000)}/2026/QĐ-UB{string.Concat(Enumerable.Range(0, 6).Select(_ => (char)('A' + Random.Shared.Next(26))))}";

    public static async Task<T> WithAsync<TService, T>(this PortalFactory factory, Func<TService, Task<T>> act)
        where TService : notnull
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await act(scope.ServiceProvider.GetRequiredService<TService>());
    }

    public static Task<SaveResult<LegalDocument>> SaveDocumentAsync(this PortalFactory factory, LegalDocumentInput input, string userName = "biên tập viên") =>
        factory.WithAsync<LegalDocumentService, SaveResult<LegalDocument>>(service => service.SaveAsync(input, userName));

    public static Task<LegalDocument> DocumentAsync(this PortalFactory factory, int id) =>
        factory.WithDbAsync(db => db.LegalDocuments.AsNoTracking().SingleAsync(d => d.Id == id));

    /// <summary>Publishes the document now, as an approver.</summary>
    public static async Task PublishDocumentAsync(this PortalFactory factory, int id)
    {
        var document = await factory.DocumentAsync(id);
        var result = await factory.WithAsync<LegalDocumentWorkflow, WorkflowResult>(w => w.PublishAsync(id, document.Version, null, "người duyệt"));
        Assert.Equal(WorkflowOutcome.Done, result.Outcome);
    }
}
