using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Tests.Builders;
using Portal.Web.Consultations;
using Portal.Web.Participation;

namespace Portal.Tests.Integration.Consultations;

/// <summary>
/// The commenters' personal data: counted and found by address, erased on request or when retention runs out,
/// the published text kept, the name only if its writer agreed to show it.
/// </summary>
public sealed class CommentPersonalDataTests : IDisposable
{
    private readonly PortalFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    private async Task<T> WithSourceAsync<T>(Func<IPersonalDataSource, Task<T>> use)
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        var source = Assert.Single(scope.ServiceProvider.GetServices<IPersonalDataSource>().OfType<ConsultationPersonalData>());
        return await use(source);
    }

    [Fact]
    public async Task OnesDataIsCountedFoundAndErasedKeepingTheTextAndTheNameOnlyIfShown()
    {
        var consultation = await _factory.AddConsultationAsync(new PublishedTestConsultation
        {
            Comments =
            [
                new("Người Hiện Tên", "Văn bản một", Email: "mot.nguoi@example.invalid"),
                new("Người Giấu Tên", "Văn bản hai", ShowName: false, Email: "mot.nguoi@example.invalid"),
                new("Người Khác", "Văn bản ba", Email: "nguoi.khac@example.invalid"),
            ],
        });
        var now = _factory.Clock.GetUtcNow().UtcDateTime;

        Assert.Equal(2, await WithSourceAsync(s => s.CountSinceAsync("mot.nguoi@example.invalid", now.AddDays(-1), default)));
        var found = await WithSourceAsync(s => s.FindAsync("mot.nguoi@example.invalid", default));
        Assert.Equal(2, found.Count);
        Assert.Contains(found[0].Fields, f => f.Key == "Số điện thoại" && f.Value == "0912345678");
        Assert.Equal(2, await WithSourceAsync(s => s.EraseAsync("mot.nguoi@example.invalid", now, default)));

        var rows = await _factory.WithDbAsync(db => db.ConsultationComments.AsNoTracking().Where(c => c.ConsultationId == consultation.Id).OrderBy(c => c.Id).ToListAsync());
        Assert.Equal(("Người Hiện Tên", "", "", "", "Văn bản một"), (rows[0].Name, rows[0].Email, rows[0].Phone, rows[0].Organisation, rows[0].Text));
        Assert.Equal(("", "", "Văn bản hai"), (rows[1].Name, rows[1].Email, rows[1].Text));
        Assert.All(rows.Take(2), r => Assert.Equal(now, r.ErasedAt));
        Assert.Equal("nguoi.khac@example.invalid", rows[2].Email);
        Assert.Null(rows[2].ErasedAt);
        Assert.Empty(await WithSourceAsync(s => s.FindAsync("mot.nguoi@example.invalid", default)));
    }

    [Fact]
    public async Task RetentionErasesCommentsOfConsultationsClosedLongAgoAndUnconfirmedOnesWhoseLinkExpired()
    {
        var now = _factory.Clock.GetUtcNow().UtcDateTime;
        var old = await _factory.AddConsultationAsync(new PublishedTestConsultation
        {
            OpensAt = now.AddMonths(-14), ClosesAt = now.AddMonths(-13), PublishedAt = now.AddMonths(-14),
            Comments = [new("Góp ý cũ", "Cũ", Email: "cu@example.invalid")],
        });
        var recent = await _factory.AddConsultationAsync(new PublishedTestConsultation
        {
            OpensAt = now.AddMonths(-3), ClosesAt = now.AddMonths(-2), PublishedAt = now.AddMonths(-3),
            Comments = [new("Góp ý gần đây", "Mới", Email: "moi@example.invalid")],
        });
        var open = await _factory.AddConsultationAsync(new PublishedTestConsultation());
        await _factory.WithDbAsync(async db =>
        {
            db.ConsultationComments.AddRange(
                new ConsultationComment { ConsultationId = open.Id, Name = "Quá hạn", Email = "qua.han@example.invalid", Text = "x", CreatedAt = now.AddDays(-3), TokenHash = new string('a', 64), TokenExpiresAt = now.AddDays(-1) },
                new ConsultationComment { ConsultationId = open.Id, Name = "Còn hạn", Email = "con.han@example.invalid", Text = "y", CreatedAt = now.AddHours(-1), TokenHash = new string('b', 64), TokenExpiresAt = now.AddHours(47) });
            return await db.SaveChangesAsync();
        });

        var erased = await WithSourceAsync(s => s.EraseExpiredAsync(now, 12, default));

        var emails = await _factory.WithDbAsync(db => db.ConsultationComments.AsNoTracking()
            .Where(c => c.ConsultationId == old.Id || c.ConsultationId == recent.Id || c.ConsultationId == open.Id).OrderBy(c => c.Id).Select(c => c.Email).ToListAsync());
        Assert.True(erased >= 2);
        Assert.Equal(["", "moi@example.invalid", "", "con.han@example.invalid"], emails);
        Assert.Equal(0, await WithSourceAsync(s => s.EraseExpiredAsync(now, 12, default)));
    }
}
