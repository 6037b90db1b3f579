using System.Collections.Concurrent;
using Portal.Web.Participation;

namespace Portal.Tests.Builders;

/// <summary>
/// A kind of personal data for the tests of what every kind shares (the cap per address, the admin's export and
/// erasure, retention), kept in memory: the real kinds (comments, questions) are tested in their own folders.
/// </summary>
public sealed class TestPersonalData(string kind = "Thử nghiệm") : IPersonalDataSource
{
    public sealed record Row(int Id, string Email, DateTime CreatedAt, string Name, string Text, DateTime? ClosedAt = null);

    private readonly ConcurrentDictionary<int, Row> _rows = new();
    private int _nextId;

    public string Kind => kind;

    public IReadOnlyCollection<Row> Rows => [.. _rows.Values.OrderBy(r => r.Id)];

    /// <summary>The retention runs asked for, with the months they were given.</summary>
    public ConcurrentQueue<(DateTime Now, int Months)> RetentionRuns { get; } = new();

    public Row Add(string email, DateTime createdAt, string text = "Nội dung thử", DateTime? closedAt = null)
    {
        var row = new Row(Interlocked.Increment(ref _nextId), email, createdAt, "Nguyễn Văn Thử", text, closedAt);
        _rows[row.Id] = row;
        return row;
    }

    public Task<int> CountSinceAsync(string email, DateTime since, CancellationToken cancellationToken) =>
        Task.FromResult(_rows.Values.Count(r => r.Email == email && r.CreatedAt >= since));

    public Task<IReadOnlyList<PersonalDataRecord>> FindAsync(string email, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<PersonalDataRecord>>([.. _rows.Values.Where(r => r.Email == email).OrderBy(r => r.Id)
            .Select(r => new PersonalDataRecord(Kind, r.Id, r.CreatedAt,
                [KeyValuePair.Create("Họ và tên", r.Name), KeyValuePair.Create("Thư điện tử", r.Email), KeyValuePair.Create("Nội dung", r.Text)]))]);

    public Task<int> EraseAsync(string email, DateTime now, CancellationToken cancellationToken) =>
        Task.FromResult(Remove(r => r.Email == email));

    public Task<int> EraseExpiredAsync(DateTime now, int retentionMonths, CancellationToken cancellationToken)
    {
        RetentionRuns.Enqueue((now, retentionMonths));
        return Task.FromResult(Remove(r => r.ClosedAt is { } closed && closed.AddMonths(retentionMonths) <= now));
    }

    private int Remove(Func<Row, bool> which) => _rows.Values.Where(which).ToList().Count(r => _rows.TryRemove(r.Id, out _));
}
