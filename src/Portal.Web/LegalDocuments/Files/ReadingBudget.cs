using System.Diagnostics;

namespace Portal.Web.LegalDocuments.Files;

/// <summary>Why reading stopped: the message's kind, turned into words with the file's name by the reader.</summary>
internal enum Refusal
{
    Unreadable,
    Script,
    Launch,
    AutoAction,
    Embedded,
    Encrypted,
    Macro,
    External,
    Bomb,
    TooSlow,
    TooHeavy,
    NotWhatItsNameSays,
}

/// <summary>Reading stops here: the file is refused for <see cref="Reason"/>.</summary>
internal sealed class FileRefusedException(Refusal reason) : Exception(reason.ToString())
{
    public Refusal Reason { get; } = reason;
}

/// <summary>
/// The time and memory one reading may spend, checked by the reading thread between pages, objects and parts: past
/// either, it stops with <see cref="Refusal.TooSlow"/> or <see cref="Refusal.TooHeavy"/>.
/// </summary>
internal sealed class ReadingBudget(DocumentFileLimits limits, CancellationToken abandoned)
{
    private readonly long _allocatedAtStart = GC.GetAllocatedBytesForCurrentThread();
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private long _unpacked;

    public DocumentFileLimits Limits => limits;

    /// <summary>Bytes allocated by this thread since the reading began.</summary>
    public long Allocated => GC.GetAllocatedBytesForCurrentThread() - _allocatedAtStart;

    public void Check()
    {
        if (abandoned.IsCancellationRequested || _clock.Elapsed > limits.Deadline)
        {
            throw new FileRefusedException(Refusal.TooSlow);
        }
        if (Allocated > limits.MemoryBudget)
        {
            throw new FileRefusedException(Refusal.TooHeavy);
        }
    }

    /// <summary>Counts bytes unpacked from compressed streams or parts, against <see cref="DocumentFileLimits.MaxUnpackedLength"/>.</summary>
    public void Unpacked(long bytes)
    {
        _unpacked += bytes;
        if (_unpacked > limits.MaxUnpackedLength)
        {
            throw new FileRefusedException(Refusal.Bomb);
        }
    }
}
