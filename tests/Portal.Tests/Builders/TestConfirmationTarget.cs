using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Portal.Web.Participation;

namespace Portal.Tests.Builders;

/// <summary>
/// A kind waiting for confirmations, for the tests of the shared confirmation page: it keeps its links' hashes in
/// memory and confirms each once, as the real kinds (comments, questions) do with their rows.
/// </summary>
public sealed class TestConfirmationTarget : IConfirmationTarget
{
    public const string ReturnPath = "/hoi-dap";
    public const string ConfirmedMessage = "Cảm ơn bạn đã xác nhận. Nội dung đã được chuyển tới cơ quan xem xét.";

    private readonly ConcurrentDictionary<string, DateTime> _waiting = new();
    private int _calls;

    /// <summary>Every token given out, so that a test can look for any of them where none may be.</summary>
    public ConcurrentQueue<string> Tokens { get; } = new();

    public ConcurrentQueue<string> ConfirmedHashes { get; } = new();

    /// <summary>How many times the page asked this kind.</summary>
    public int Calls => Volatile.Read(ref _calls);

    public static void AddTo(IServiceCollection services, TestConfirmationTarget target) =>
        services.AddSingleton(target).AddScoped<IConfirmationTarget>(provider => provider.GetRequiredService<TestConfirmationTarget>());

    /// <summary>A link's token, waiting until <paramref name="expiresAt"/>.</summary>
    public string Issue(DateTime expiresAt)
    {
        var (token, hash) = ConfirmationToken.New();
        _waiting[hash] = expiresAt;
        Tokens.Enqueue(token);
        return token;
    }

    public bool IsWaiting(string token) => _waiting.ContainsKey(ConfirmationToken.Hash(token));

    public Task<ConfirmationOutcome> ConfirmAsync(string tokenHash, DateTime now, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _calls);
        if (!_waiting.TryGetValue(tokenHash, out var expiresAt))
        {
            return Task.FromResult(ConfirmationOutcome.NotFound);
        }
        if (expiresAt <= now)
        {
            return Task.FromResult(new ConfirmationOutcome(ConfirmationOutcomeKind.Expired, ReturnPath: ReturnPath));
        }
        _waiting.TryRemove(tokenHash, out _);
        ConfirmedHashes.Enqueue(tokenHash);
        return Task.FromResult(new ConfirmationOutcome(ConfirmationOutcomeKind.Confirmed, ConfirmedMessage, ReturnPath));
    }
}
