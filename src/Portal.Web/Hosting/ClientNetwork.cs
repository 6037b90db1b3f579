using System.Buffers.Binary;
using System.Net;
using System.Net.Sockets;

namespace Portal.Web.Hosting;

/// <summary>
/// The client a per-address limit counts: an IPv4 address whole, an IPv6 address by its /64. A home line or a
/// phone is handed a whole /64 and may use any address in it, so a limit per IPv6 address would let one client
/// take a fresh one for every request. An IPv4 address seen through a dual-stack socket (<c>::ffff:a.b.c.d</c>)
/// is that IPv4 address. Only this value is kept, in memory, for a minute or so: no address is stored.
/// </summary>
public readonly record struct ClientNetwork
{
    private readonly ulong _prefix;
    private readonly AddressFamily _family;

    private ClientNetwork(ulong prefix, AddressFamily family) => (_prefix, _family) = (prefix, family);

    /// <summary>A connection without an address (a Unix socket): every such client is this one.</summary>
    public static ClientNetwork Unknown => default;

    public bool IsKnown => _family != AddressFamily.Unspecified;

    public static ClientNetwork Of(HttpContext context) => Of(context.Connection.RemoteIpAddress);

    public static ClientNetwork Of(IPAddress? address)
    {
        if (address is null)
        {
            return Unknown;
        }
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }
        Span<byte> bytes = stackalloc byte[16];
        if (!address.TryWriteBytes(bytes, out _))
        {
            return Unknown;
        }
        return address.AddressFamily == AddressFamily.InterNetwork
            ? new ClientNetwork(BinaryPrimitives.ReadUInt32BigEndian(bytes), AddressFamily.InterNetwork)
            : new ClientNetwork(BinaryPrimitives.ReadUInt64BigEndian(bytes), AddressFamily.InterNetworkV6);
    }

    public bool Equals(ClientNetwork other) => _prefix == other._prefix && _family == other._family;

    // HashCode is seeded afresh in each process: nobody can pick addresses whose partitions or slots collide.
    public override int GetHashCode() => HashCode.Combine(_prefix, _family);

    public override string ToString()
    {
        if (!IsKnown)
        {
            return "unknown";
        }
        var bytes = new byte[_family == AddressFamily.InterNetwork ? 4 : 16];
        if (_family == AddressFamily.InterNetwork)
        {
            BinaryPrimitives.WriteUInt32BigEndian(bytes, (uint)_prefix);
            return new IPAddress(bytes).ToString();
        }
        BinaryPrimitives.WriteUInt64BigEndian(bytes, _prefix);
        return new IPAddress(bytes) + "/64";
    }
}
