using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Tests.Builders;
using Portal.Web.Auditing;
using Portal.Web.Participation;

namespace Portal.Tests.Integration.Participation;

/// <summary>
/// The retention service asks every kind to erase what is past <c>Portal:Participation:RetentionMonths</c>, once
/// a minute after start and then every few hours; a run that erased something leaves one audit entry of counts, no address.
/// </summary>
public sealed class PersonalDataIsErasedAfterItsRetention : IDisposable
{
    private readonly TestPersonalData _comments = new("Góp ý dự thảo");
    private readonly TestPersonalData _questions = new("Hỏi đáp");
    private readonly PortalFactory _factory;

    public PersonalDataIsErasedAfterItsRetention()
    {
        _factory = new PortalFactory
        {
            TestServices = services => services.AddSingleton<IPersonalDataSource>(_comments).AddSingleton<IPersonalDataSource>(_questions),
        };
        _factory.Settings["Portal:Participation:RetentionMonths"] = "12";
    }

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task EachRunErasesWhatIsPastItsMonthsAndAuditsTheCounts()
    {
        var retention = _factory.Services.GetRequiredService<PersonalDataRetention>();
        await WaitForAsync(() => !_comments.RetentionRuns.IsEmpty);
        Assert.Equal(12, _comments.RetentionRuns.First().Months);
        var now = _factory.Clock.GetUtcNow().UtcDateTime;
        _comments.Add("old@example.com", now.AddMonths(-14), closedAt: now.AddMonths(-12).AddDays(-1));
        _comments.Add("old@example.com", now.AddMonths(-13), closedAt: now.AddMonths(-12).AddDays(-1));
        var recent = _comments.Add("recent@example.com", now.AddMonths(-2), closedAt: now.AddMonths(-11));
        _questions.Add("old@example.com", now.AddMonths(-20), closedAt: now.AddMonths(-13));

        Assert.Equal(3, await retention.RunOnceAsync(CancellationToken.None));
        Assert.Equal(0, await retention.RunOnceAsync(CancellationToken.None));

        Assert.Equal(recent, Assert.Single(_comments.Rows));
        Assert.Empty(_questions.Rows);
        var entry = Assert.Single(await _factory.WithDbAsync(db => db.AuditEntries.Where(e => e.Action == AuditActions.PersonalDataExpired).ToListAsync()));
        Assert.Equal((PersonalDataRetention.AuditUserName, "Góp ý dự thảo: 2; Hỏi đáp: 1"), (entry.UserName, entry.Details));
        Assert.DoesNotContain("@", entry.Target + entry.Details);
    }

    [Fact]
    public async Task TheNextRunComesAfterTheInterval()
    {
        _ = _factory.Services;
        await WaitForAsync(() => !_questions.RetentionRuns.IsEmpty);
        var runs = _questions.RetentionRuns.Count;

        _factory.Clock.Advance(PersonalDataRetention.Interval);

        await WaitForAsync(() => _questions.RetentionRuns.Count > runs);
        Assert.Equal(runs + 1, _questions.RetentionRuns.Count);
    }

    // The clock moves on by the start delay at each look: the first run waits for it, later ones for their interval.
    private async Task WaitForAsync(Func<bool> condition)
    {
        for (var waited = 0; waited < 100 && !condition(); waited++)
        {
            _factory.Clock.Advance(PersonalDataRetention.StartDelay);
            await Task.Delay(100);
        }
        Assert.True(condition(), "The retention service did not run.");
    }
}
