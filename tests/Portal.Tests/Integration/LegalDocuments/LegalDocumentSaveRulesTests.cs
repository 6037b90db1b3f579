using System.Text;
using Microsoft.EntityFrameworkCore;
using Portal.Tests.Builders;
using Portal.Web.Auditing;
using Portal.Web.Editing;
using Portal.Web.LegalDocuments;

namespace Portal.Tests.Integration.LegalDocuments;

/// <summary>LegalDocumentService.SaveAsync's rules one by one: each bad input refused with its Vietnamese message.</summary>
public sealed class LegalDocumentSaveRulesTests : IDisposable
{
    private readonly PortalFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task AValidDocumentIsSavedAsADraftWithItsKeyRevisionAuditAndSearchDocument()
    {
        var lists = await _factory.DocumentListsAsync();
        var number = LegalDocumentLibrary.NewNumber();
        var input = lists.Input(number);
        input.FieldIds = [lists.FieldId, lists.OtherFieldId];

        var saved = (await _factory.SaveDocumentAsync(input)).Saved();

        var (document, revisions, audit, indexed) = await _factory.WithDbAsync(async db => (
            await db.LegalDocuments.Include(d => d.Fields).SingleAsync(d => d.Id == saved.Id),
            await db.LegalDocumentRevisions.Where(r => r.DocumentId == saved.Id).ToListAsync(),
            await db.AuditEntries.Where(e => e.Target == $"#{saved.Id} {number}").Select(e => e.Action).ToListAsync(),
            await db.SearchDocuments.CountAsync(s => s.Kind == LegalDocumentSearchSource.Name && s.ItemId == saved.Id)));
        Assert.Equal(Portal.Web.Publishing.PublicationStatus.Draft, document.Status);
        Assert.Equal(LegalDocumentNumber.Key(number), document.NumberKey);
        Assert.Equal(2, document.Fields.Count);
        Assert.Null(document.OutOfForceOn);
        var snapshot = LegalDocumentSnapshot.FromJson(Assert.Single(revisions).Snapshot)!;
        Assert.Equal(number, snapshot.Number);
        Assert.Equal(2, snapshot.Fields.Count);
        Assert.Equal([AuditActions.DocumentCreated], audit);
        Assert.Equal(1, indexed);
    }

    public static TheoryData<string, string> RequiredFields => new()
    {
        { nameof(LegalDocumentInput.Number), "Xin nhập số ký hiệu" },
        { nameof(LegalDocumentInput.DocumentTypeId), "Xin chọn loại văn bản" },
        { nameof(LegalDocumentInput.IssuerId), "Xin chọn cơ quan ban hành" },
        { nameof(LegalDocumentInput.FieldIds), "Xin chọn ít nhất một lĩnh vực" },
        { nameof(LegalDocumentInput.IssuedOn), "Xin nhập ngày ban hành" },
        { nameof(LegalDocumentInput.Abstract), "Xin nhập trích yếu" },
    };

    [Theory]
    [MemberData(nameof(RequiredFields))]
    public async Task EachRequiredFieldLeftEmptyIsRefusedWithItsMessageAndTheRestKept(string field, string message)
    {
        var lists = await _factory.DocumentListsAsync();
        var input = lists.Input(LegalDocumentLibrary.NewNumber());
        switch (field)
        {
            case nameof(LegalDocumentInput.Number): input.Number = "   "; break;
            case nameof(LegalDocumentInput.DocumentTypeId): input.DocumentTypeId = 0; break;
            case nameof(LegalDocumentInput.IssuerId): input.IssuerId = 0; break;
            case nameof(LegalDocumentInput.FieldIds): input.FieldIds = []; break;
            case nameof(LegalDocumentInput.IssuedOn): input.IssuedOn = null; break;
            default: input.Abstract = ""; break;
        }
        var abstractTyped = input.Abstract;

        var refusals = (await _factory.SaveDocumentAsync(input)).Refusals();

        Assert.Equal([field], refusals.Keys);
        Assert.StartsWith(message, refusals[field], StringComparison.Ordinal);
        Assert.Equal(abstractTyped, input.Abstract);
        Assert.Equal(0, await _factory.WithDbAsync(db => db.LegalDocuments.CountAsync(d => d.IssuerId == lists.IssuerId)));
    }

    [Fact]
    public async Task ListsRowsThatDoNotExistAndTooLongTextsAreRefused()
    {
        var lists = await _factory.DocumentListsAsync();
        var input = lists.Input(new string('9', LegalDocument.NumberMaxLength + 1));
        input.DocumentTypeId = int.MaxValue;
        input.IssuerId = -5;
        input.FieldIds = [lists.FieldId, int.MaxValue];
        input.Abstract = new string('a', LegalDocument.AbstractMaxLength + 1);
        input.Signer = new string('b', LegalDocument.SignerMaxLength + 1);
        input.ForceByHand = (LegalForce)42;

        var refusals = (await _factory.SaveDocumentAsync(input)).Refusals();

        Assert.Contains("tối đa 100 ký tự", refusals[nameof(input.Number)], StringComparison.Ordinal);
        Assert.Contains("không còn trong danh mục", refusals[nameof(input.DocumentTypeId)], StringComparison.Ordinal);
        Assert.Contains("không còn trong danh mục", refusals[nameof(input.IssuerId)], StringComparison.Ordinal);
        Assert.Contains("không còn trong danh mục", refusals[nameof(input.FieldIds)], StringComparison.Ordinal);
        Assert.Contains("tối đa 2000 ký tự", refusals[nameof(input.Abstract)], StringComparison.Ordinal);
        Assert.Contains("tối đa 200 ký tự", refusals[nameof(input.Signer)], StringComparison.Ordinal);
        Assert.Contains("không hợp lệ", refusals[nameof(input.ForceByHand)], StringComparison.Ordinal);
    }

    [Fact]
    public async Task ANumberWithoutLettersOrDigitsIsRefused()
    {
        var lists = await _factory.DocumentListsAsync();
        var refusals = (await _factory.SaveDocumentAsync(lists.Input("/ - /"))).Refusals();
        Assert.Contains("phải có chữ hoặc chữ số", refusals[nameof(LegalDocumentInput.Number)], StringComparison.Ordinal);
    }

    [Fact]
    public async Task TextIsStoredInNfcAndTrimmed()
    {
        var lists = await _factory.DocumentListsAsync();
        var number = LegalDocumentLibrary.NewNumber();
        var input = lists.Input("  " + number.Normalize(NormalizationForm.FormD) + " ", "  Về việc quản lý đất đai ".Normalize(NormalizationForm.FormD));

        var saved = (await _factory.SaveDocumentAsync(input)).Saved();

        var document = await _factory.DocumentAsync(saved.Id);
        Assert.Equal(number, document.Number);
        Assert.Equal("Về việc quản lý đất đai", document.Abstract);
        Assert.True(document.Abstract.IsNormalized(NormalizationForm.FormC));
    }

    [Fact]
    public async Task TheSameNumberFromTheSameIssuerIsRefusedHoweverItIsTypedButAnotherIssuerMayUseIt()
    {
        var lists = await _factory.DocumentListsAsync();
        var number = LegalDocumentLibrary.NewNumber();
        var first = (await _factory.SaveDocumentAsync(lists.Input(number))).Saved();

        var retyped = LegalDocumentNumber.Key(number).ToUpperInvariant();
        var refusals = (await _factory.SaveDocumentAsync(lists.Input(retyped))).Refusals();
        Assert.Contains($"(văn bản #{first.Id})", refusals[nameof(LegalDocumentInput.Number)], StringComparison.Ordinal);

        var elsewhere = lists.Input(number);
        elsewhere.IssuerId = lists.OtherIssuerId;
        (await _factory.SaveDocumentAsync(elsewhere)).Saved();
    }

    [Fact]
    public async Task ADateOfEffectBeforeTheDateOfIssueIsRefusedUnlessMarked()
    {
        var lists = await _factory.DocumentListsAsync();
        var input = lists.Input(LegalDocumentLibrary.NewNumber());
        input.EffectiveOn = new DateOnly(2026, 1, 1);

        var refusals = (await _factory.SaveDocumentAsync(input)).Refusals();
        Assert.Contains("trước ngày ban hành (01/03/2026)", refusals[nameof(input.EffectiveOn)], StringComparison.Ordinal);

        input.EffectiveBeforeIssue = true;
        var saved = (await _factory.SaveDocumentAsync(input)).Saved();
        Assert.Equal(new DateOnly(2026, 1, 1), (await _factory.DocumentAsync(saved.Id)).EffectiveOn);
    }

    [Fact]
    public async Task AnExpiryBeforeTheDateOfEffectIsRefused()
    {
        var lists = await _factory.DocumentListsAsync();
        var input = lists.Input(LegalDocumentLibrary.NewNumber());
        input.ExpiresOn = new DateOnly(2026, 3, 10);

        var refusals = (await _factory.SaveDocumentAsync(input)).Refusals();
        Assert.Contains("không được trước ngày có hiệu lực (15/03/2026)", refusals[nameof(input.ExpiresOn)], StringComparison.Ordinal);
    }

    [Fact]
    public async Task AForceSetByHandNeedsANote()
    {
        var lists = await _factory.DocumentListsAsync();
        var input = lists.Input(LegalDocumentLibrary.NewNumber());
        input.ForceByHand = LegalForce.PartlyOutOfForce;

        Assert.Contains("lý do", (await _factory.SaveDocumentAsync(input)).Refusals()[nameof(input.ForceNote)], StringComparison.Ordinal);

        input.ForceNote = "Điều 5 bị bãi bỏ";
        var saved = (await _factory.SaveDocumentAsync(input)).Saved();
        Assert.Equal(LegalForce.PartlyOutOfForce, LegalForceRule.On(await _factory.DocumentAsync(saved.Id), new DateOnly(2026, 6, 1)));
    }

    [Fact]
    public async Task ARelationToAnUnknownNumberOrToItselfIsRefusedBesideItsRow()
    {
        var lists = await _factory.DocumentListsAsync();
        var number = LegalDocumentLibrary.NewNumber();
        var input = lists.Input(number);
        input.Relations = [new(RelationKind.Replaces, ""), new(RelationKind.Replaces, "999999/1999/XX-KHONGCO")];

        var refusals = (await _factory.SaveDocumentAsync(input)).Refusals();
        Assert.Equal(["Relations[1].TargetNumber"], refusals.Keys);
        Assert.Contains("Không có văn bản số \"999999/1999/XX-KHONGCO\"", refusals["Relations[1].TargetNumber"], StringComparison.Ordinal);

        input.Relations = [];
        var saved = (await _factory.SaveDocumentAsync(input)).Saved();
        var again = lists.Input(number);
        again.Id = saved.Id;
        again.Version = saved.Version;
        again.Relations = [new(RelationKind.Amends, number)];
        Assert.Contains("chính nó", (await _factory.SaveDocumentAsync(again)).Refusals()["Relations[0].TargetNumber"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task ANumberTwoIssuersUseNeedsTheIssuerToBeNamed()
    {
        var lists = await _factory.DocumentListsAsync();
        var shared = LegalDocumentLibrary.NewNumber();
        (await _factory.SaveDocumentAsync(lists.Input(shared))).Saved();
        var other = lists.Input(shared);
        other.IssuerId = lists.OtherIssuerId;
        var target = (await _factory.SaveDocumentAsync(other)).Saved();

        var acting = lists.Input(LegalDocumentLibrary.NewNumber());
        acting.Relations = [new(RelationKind.Guides, shared)];
        Assert.Contains("xin chọn cơ quan ban hành", (await _factory.SaveDocumentAsync(acting)).Refusals()["Relations[0].TargetNumber"], StringComparison.Ordinal);

        acting.Relations = [new(RelationKind.Guides, shared, lists.OtherIssuerId)];
        var saved = (await _factory.SaveDocumentAsync(acting)).Saved();
        var relation = await _factory.WithDbAsync(db => db.LegalDocumentRelations.SingleAsync(r => r.DocumentId == saved.Id));
        Assert.Equal(target.Id, relation.TargetId);
    }

    [Fact]
    public async Task ASaveBasedOnAnOlderVersionIsAConflictThatSaysWhatChanged()
    {
        var lists = await _factory.DocumentListsAsync();
        var saved = (await _factory.SaveDocumentAsync(lists.Input(LegalDocumentLibrary.NewNumber()))).Saved();
        var mine = LegalDocumentInput.Of(saved, []);
        var theirs = LegalDocumentInput.Of(saved, []);
        theirs.Abstract = "Về việc sửa đổi quy định của người khác";
        (await _factory.SaveDocumentAsync(theirs, "người khác")).Saved();

        mine.Signer = "Trần Thị Bình";
        var result = await _factory.SaveDocumentAsync(mine);

        var conflict = Assert.IsType<SaveResult<LegalDocument>.Conflict>(result);
        Assert.Equal("Về việc sửa đổi quy định của người khác", conflict.Current.Abstract);
        Assert.Equal(["Trích yếu"], conflict.TheirChanges.Select(c => c.Field));
        Assert.Equal("Nguyễn Văn An", (await _factory.DocumentAsync(saved.Id)).Signer);
    }

    [Fact]
    public async Task ASaveOfADocumentThatIsGoneIsNotFound()
    {
        var lists = await _factory.DocumentListsAsync();
        var input = lists.Input(LegalDocumentLibrary.NewNumber());
        input.Id = int.MaxValue;
        Assert.IsType<SaveResult<LegalDocument>.NotFound>(await _factory.SaveDocumentAsync(input));
    }
}
