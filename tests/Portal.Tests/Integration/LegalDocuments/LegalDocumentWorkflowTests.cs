using Microsoft.EntityFrameworkCore;
using Portal.Tests.Builders;
using Portal.Web.Auditing;
using Portal.Web.LegalDocuments;
using Portal.Web.Publishing;

namespace Portal.Tests.Integration.LegalDocuments;

/// <summary>Documents go through the articles' workflow (Workflow&lt;T&gt;): draft, publish, schedule, send back, unpublish, delete.</summary>
public sealed class LegalDocumentWorkflowTests : IDisposable
{
    private readonly PortalFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    private DateTime Now => _factory.Clock.GetUtcNow().UtcDateTime;

    private Task<bool> VisibleAsync(int id) =>
        _factory.WithDbAsync(db => db.LegalDocuments.Where(LegalDocumentVisibility.VisibleAt(Now)).AnyAsync(d => d.Id == id));

    private Task<WorkflowResult> ActAsync(Func<LegalDocumentWorkflow, Task<WorkflowResult>> act) => _factory.WithAsync(act);

    [Fact]
    public async Task ADraftIsNotPublicUntilPublishedAndNotAfterUnpublished()
    {
        var lists = await _factory.DocumentListsAsync();
        var saved = (await _factory.SaveDocumentAsync(lists.Input(LegalDocumentLibrary.NewNumber()))).Saved();
        Assert.False(await VisibleAsync(saved.Id));

        var published = await ActAsync(w => w.PublishAsync(saved.Id, saved.Version, null, "người duyệt"));
        Assert.Equal(WorkflowResult.Done("Đã đăng văn bản."), published);
        Assert.True(await VisibleAsync(saved.Id));

        var stale = await ActAsync(w => w.UnpublishAsync(saved.Id, saved.Version, "người duyệt"));
        Assert.Equal(WorkflowOutcome.Stale, stale.Outcome);
        Assert.StartsWith("Văn bản vừa được người khác thay đổi", stale.Message, StringComparison.Ordinal);

        var current = await _factory.DocumentAsync(saved.Id);
        Assert.Equal(WorkflowOutcome.Done, (await ActAsync(w => w.UnpublishAsync(saved.Id, current.Version, "người duyệt"))).Outcome);
        Assert.False(await VisibleAsync(saved.Id));
        var actions = await _factory.WithDbAsync(db => db.AuditEntries.Where(e => e.Target.StartsWith($"#{saved.Id} ")).Select(e => e.Action).ToListAsync());
        Assert.Equal([AuditActions.DocumentCreated, AuditActions.DocumentPublished, AuditActions.DocumentUnpublished], actions);
    }

    [Fact]
    public async Task AScheduledDocumentBecomesPublicAtItsTime()
    {
        var lists = await _factory.DocumentListsAsync();
        var saved = (await _factory.SaveDocumentAsync(lists.Input(LegalDocumentLibrary.NewNumber()))).Saved();

        var past = await ActAsync(w => w.PublishAsync(saved.Id, saved.Version, Now.AddMinutes(-1), "người duyệt"));
        Assert.Equal(WorkflowOutcome.Refused, past.Outcome);

        Assert.Equal(WorkflowOutcome.Done, (await ActAsync(w => w.PublishAsync(saved.Id, saved.Version, Now.AddHours(1), "người duyệt"))).Outcome);
        Assert.False(await VisibleAsync(saved.Id));
        _factory.Clock.Advance(TimeSpan.FromHours(1));
        Assert.True(await VisibleAsync(saved.Id));
    }

    [Fact]
    public async Task ASubmittedDocumentIsSentBackWithAComment()
    {
        var lists = await _factory.DocumentListsAsync();
        var input = lists.Input(LegalDocumentLibrary.NewNumber());
        input.Submit = true;
        var saved = (await _factory.SaveDocumentAsync(input)).Saved();
        Assert.Equal(PublicationStatus.Submitted, saved.Status);

        var result = await ActAsync(w => w.SendBackAsync(saved.Id, saved.Version, "  Thiếu tệp phụ lục ", "người duyệt"));

        Assert.Equal("Đã trả lại văn bản cho biên tập viên.", result.Message);
        var document = await _factory.DocumentAsync(saved.Id);
        Assert.Equal(PublicationStatus.Draft, document.Status);
        Assert.Equal("Thiếu tệp phụ lục", document.ReviewComment);
        Assert.Equal(WorkflowOutcome.Missing, (await ActAsync(w => w.SendBackAsync(int.MaxValue, Guid.NewGuid(), "x", "người duyệt"))).Outcome);
    }

    [Fact]
    public async Task DeletingADocumentRemovesTheRelationsToItItsSearchDocumentAndGivesItsTargetsTheirForceBack()
    {
        var lists = await _factory.DocumentListsAsync();
        var a = (await _factory.SaveDocumentAsync(lists.Input(LegalDocumentLibrary.NewNumber()))).Saved();
        var bInput = lists.Input(LegalDocumentLibrary.NewNumber());
        bInput.EffectiveOn = new DateOnly(2026, 5, 1);
        bInput.Relations = [new(RelationKind.Replaces, a.Number)];
        var b = (await _factory.SaveDocumentAsync(bInput)).Saved();
        var cInput = lists.Input(LegalDocumentLibrary.NewNumber());
        cInput.Relations = [new(RelationKind.Guides, b.Number)];
        var c = (await _factory.SaveDocumentAsync(cInput)).Saved();
        await _factory.PublishDocumentAsync(b.Id);
        Assert.Equal(new DateOnly(2026, 5, 1), (await _factory.DocumentAsync(a.Id)).OutOfForceOn);

        var result = await ActAsync(w => w.DeleteAsync(b.Id, "người duyệt"));

        Assert.Equal($"Đã xóa văn bản \"{b.Number}\".", result.Message);
        var (relations, searchDocuments, aEnd, audit) = await _factory.WithDbAsync(async db => (
            await db.LegalDocumentRelations.CountAsync(r => r.DocumentId == b.Id || r.TargetId == b.Id || r.DocumentId == c.Id),
            await db.SearchDocuments.CountAsync(s => s.Kind == LegalDocumentSearchSource.Name && s.ItemId == b.Id),
            (await db.LegalDocuments.SingleAsync(d => d.Id == a.Id)).OutOfForceOn,
            await db.AuditEntries.CountAsync(e => e.Action == AuditActions.DocumentDeleted && e.Target == $"#{b.Id} {b.Number}")));
        Assert.Equal(0, relations);
        Assert.Equal(0, searchDocuments);
        Assert.Null(aEnd);
        Assert.Equal(1, audit);
    }

    [Fact]
    public async Task ReplacingADocumentEndsItsForceFromTheDateOfEffectOnlyOncePublished()
    {
        var lists = await _factory.DocumentListsAsync();
        var aInput = lists.Input(LegalDocumentLibrary.NewNumber());
        aInput.ExpiresOn = new DateOnly(2030, 1, 1);
        var a = (await _factory.SaveDocumentAsync(aInput)).Saved();
        Assert.Equal(new DateOnly(2030, 1, 1), a.OutOfForceOn);
        var bInput = lists.Input(LegalDocumentLibrary.NewNumber());
        bInput.IssuedOn = new DateOnly(2026, 6, 1);
        bInput.EffectiveOn = new DateOnly(2026, 7, 1);
        bInput.Relations = [new(RelationKind.Replaces, a.Number)];
        var b = (await _factory.SaveDocumentAsync(bInput)).Saved();

        // A draft replaces nothing yet.
        Assert.Equal(new DateOnly(2030, 1, 1), (await _factory.DocumentAsync(a.Id)).OutOfForceOn);

        await _factory.PublishDocumentAsync(b.Id);
        var replaced = await _factory.DocumentAsync(a.Id);
        Assert.Equal(new DateOnly(2026, 7, 1), replaced.OutOfForceOn);
        Assert.Equal(LegalForce.InForce, LegalForceRule.On(replaced, new DateOnly(2026, 6, 30)));
        Assert.Equal(LegalForce.OutOfForce, LegalForceRule.On(replaced, new DateOnly(2026, 7, 1)));

        // B's date of effect moves: so does A's end.
        var edit = LegalDocumentInput.Of(await _factory.DocumentAsync(b.Id), [new(RelationKind.Replaces, a.Number)]);
        edit.FieldIds = [lists.FieldId];
        edit.EffectiveOn = new DateOnly(2026, 8, 1);
        (await _factory.SaveDocumentAsync(edit, "người duyệt")).Saved();
        Assert.Equal(new DateOnly(2026, 8, 1), (await _factory.DocumentAsync(a.Id)).OutOfForceOn);

        // Unpublished, B no longer replaces A.
        var current = await _factory.DocumentAsync(b.Id);
        await _factory.WithAsync<LegalDocumentWorkflow, WorkflowResult>(w => w.UnpublishAsync(b.Id, current.Version, "người duyệt"));
        Assert.Equal(new DateOnly(2030, 1, 1), (await _factory.DocumentAsync(a.Id)).OutOfForceOn);

        // Published again, then the relation removed: A is back in force.
        await _factory.PublishDocumentAsync(b.Id);
        Assert.Equal(new DateOnly(2026, 8, 1), (await _factory.DocumentAsync(a.Id)).OutOfForceOn);
        var withoutRelation = LegalDocumentInput.Of(await _factory.DocumentAsync(b.Id), []);
        withoutRelation.FieldIds = [lists.FieldId];
        (await _factory.SaveDocumentAsync(withoutRelation, "người duyệt")).Saved();
        Assert.Equal(new DateOnly(2030, 1, 1), (await _factory.DocumentAsync(a.Id)).OutOfForceOn);
    }

    [Fact]
    public async Task AnAmendmentDoesNotEndTheForceOfWhatItAmends()
    {
        var lists = await _factory.DocumentListsAsync();
        var a = (await _factory.SaveDocumentAsync(lists.Input(LegalDocumentLibrary.NewNumber()))).Saved();
        var bInput = lists.Input(LegalDocumentLibrary.NewNumber());
        bInput.Relations = [new(RelationKind.Amends, a.Number)];
        var b = (await _factory.SaveDocumentAsync(bInput)).Saved();
        await _factory.PublishDocumentAsync(b.Id);
        Assert.Null((await _factory.DocumentAsync(a.Id)).OutOfForceOn);
    }
}
