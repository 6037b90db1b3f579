using Microsoft.EntityFrameworkCore;
using Portal.Tests.Builders;
using Portal.Web.Articles;
using Portal.Web.Auditing;
using Portal.Web.Data;
using Portal.Web.Media;

namespace Portal.Tests.Integration.Photos;

/// <summary>
/// The library writes a photo's audit entry in the photo's own transaction, as every other change does: when the
/// database refuses either, neither remains. The refusal is the database's own (a trigger), not a stand-in.
/// </summary>
public sealed class APhotoChangeAndItsAuditEntryCommitTogether : IDisposable
{
    private static readonly NewsroomUser Approver = new("duyet-bai@portal.test", CanPublish: true);

    private readonly PortalFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task AnUploadAndItsEntryAreWrittenTogether()
    {
        var photo = await _factory.UploadedAsync(TestImages.Jpeg(400, 300), "Cầu Cỏ May");

        var entry = Assert.Single(await PhotoEntriesAsync());
        Assert.Equal((AuditActions.PhotoUploaded, PhotoLibrary.Target(photo), "400 × 300"), (entry.Action, entry.Target, entry.Details));
    }

    [Fact]
    public async Task AnUploadWhoseEntryIsRefusedLeavesNoPhoto()
    {
        await RefuseAsync("AuditEntries", "INSERT");

        await Assert.ThrowsAnyAsync<DbUpdateException>(() => _factory.UploadAsync(TestImages.Jpeg(400, 300)));

        Assert.Equal((0, 0, 0, 0), await _factory.StoredAsync());
        Assert.Empty(await PhotoEntriesAsync());
    }

    [Fact]
    public async Task AChangeOfWordsWhoseEntryIsRefusedChangesNoWords()
    {
        var photo = await _factory.UploadedAsync(TestImages.Jpeg(400, 300), "Cầu Cỏ May");
        await RefuseAsync("AuditEntries", "INSERT");

        await Assert.ThrowsAnyAsync<DbUpdateException>(() =>
            _factory.WithLibraryAsync(l => l.UpdateDetailsAsync(photo.Id, new PhotoDetails("Cầu Cửa Lấp", "", ""), Approver)));

        Assert.Equal("Cầu Cỏ May", (await _factory.WithLibraryAsync(l => l.FindAsync(photo.Id)))!.AltText);
        Assert.Equal([AuditActions.PhotoUploaded], (await PhotoEntriesAsync()).Select(e => e.Action));
    }

    [Fact]
    public async Task ADeletionWhoseEntryIsRefusedKeepsThePhoto()
    {
        var photo = await _factory.UploadedAsync(TestImages.Jpeg(400, 300));
        await RefuseAsync("AuditEntries", "INSERT");

        await Assert.ThrowsAnyAsync<DbUpdateException>(() => _factory.WithLibraryAsync(l => l.DeleteAsync(photo.Id, Approver.Name)));

        Assert.NotNull(await _factory.WithLibraryAsync(l => l.FindAsync(photo.Id)));
        var stored = await _factory.StoredAsync();
        Assert.Equal((1, 4, 4), (stored.Photos, stored.Variants, stored.Blobs));
    }

    [Fact]
    public async Task ADeletionTheDatabaseRefusesLeavesNoEntry()
    {
        var photo = await _factory.UploadedAsync(TestImages.Jpeg(400, 300));
        await RefuseAsync("Photos", "DELETE");

        await Assert.ThrowsAnyAsync<DbUpdateException>(() => _factory.WithLibraryAsync(l => l.DeleteAsync(photo.Id, Approver.Name)));

        Assert.Equal([AuditActions.PhotoUploaded], (await PhotoEntriesAsync()).Select(e => e.Action));
    }

    private Task<List<AuditEntry>> PhotoEntriesAsync() =>
        _factory.WithDbAsync(db => db.AuditEntries.AsNoTracking().Where(e => e.Action.StartsWith("photo-")).OrderBy(e => e.Id).ToListAsync());

    /// <summary>A trigger that makes the database refuse every <paramref name="operation"/> on <paramref name="table"/>.</summary>
    private Task<int> RefuseAsync(string table, string operation) => _factory.WithDbAsync(db => db.Database.ExecuteSqlRawAsync(_factory.Database.Provider switch
    {
        DatabaseProvider.PostgreSQL => $"""
            CREATE FUNCTION refuse_{table}() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'refused by the test'; END $$;
            CREATE TRIGGER refuse_{table} BEFORE {operation} ON "{table}" FOR EACH ROW EXECUTE FUNCTION refuse_{table}();
            """,
        DatabaseProvider.SqlServer => $"CREATE TRIGGER refuse_{table} ON [{table}] AFTER {operation} AS THROW 50000, 'refused by the test', 1;",
        _ => $"CREATE TRIGGER refuse_{table} BEFORE {operation} ON \"{table}\" BEGIN SELECT RAISE(ABORT, 'refused by the test'); END;",
    }));
}
