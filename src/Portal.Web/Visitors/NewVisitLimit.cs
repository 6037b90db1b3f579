using Microsoft.Extensions.Options;
using Portal.Web.Hosting;

namespace Portal.Web.Visitors;

/// <summary>
/// How many new visits one client (<see cref="ClientNetwork"/>) may add in a minute of the clock, so that a script
/// without cookies cannot raise the total at will. It never refuses a page: past the limit a page is served as
/// usual and only left uncounted. A fixed table of counters, each slot a (minute, count) pair in one long changed
/// by compare-and-swap: no lock, nothing allocated, and no flood of addresses can grow it. Two clients that fall in
/// one slot share its limit for that minute, which can only undercount.
/// </summary>
public sealed class NewVisitLimit(TimeProvider time, IOptions<VisitorOptions> options)
{
    private const int Slots = 1 << 14;  // 128 KB; a few hundred clients a minute rarely share a slot

    private readonly long[] _slots = new long[Slots];

    public bool TryCount(ClientNetwork client)
    {
        var limit = options.Value.NewVisitsPerAddressPerMinute;
        // Without an address (a Unix socket) every reader looks like one client: limiting that would stop the
        // counter. The machine's own address is limited like any other: a script run on the server is still a
        // script, and a proxy on this machine is named in TrustedProxies (the start-up log warns when it is not).
        if (limit <= 0 || !client.IsKnown)
        {
            return true;
        }
        var minute = time.GetUtcNow().ToUnixTimeSeconds() / 60;
        ref var slot = ref _slots[client.GetHashCode() & (Slots - 1)];
        while (true)
        {
            var seen = Volatile.Read(ref slot);
            var count = seen >> 32 == minute ? (uint)seen : 0;
            if (count >= limit)
            {
                return false;
            }
            if (Interlocked.CompareExchange(ref slot, (minute << 32) | (count + 1), seen) == seen)
            {
                return true;
            }
        }
    }
}
