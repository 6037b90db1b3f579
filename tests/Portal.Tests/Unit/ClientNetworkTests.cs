using System.Net;
using Portal.Web.Hosting;

namespace Portal.Tests.Unit;

public sealed class ClientNetworkTests
{
    [Theory]
    [InlineData("2001:db8:1:2::1", "2001:db8:1:2:ffff:ffff:ffff:ffff")]
    [InlineData("2001:db8:1:2::1", "2001:db8:1:2:8000::")]
    [InlineData("203.0.113.7", "::ffff:203.0.113.7")]
    public void AddressesOfOneClientAreOneNetwork(string one, string other)
    {
        Assert.Equal(Of(one), Of(other));
        Assert.Equal(Of(one).GetHashCode(), Of(other).GetHashCode());
    }

    [Theory]
    [InlineData("2001:db8:1:2::1", "2001:db8:1:3::1")]
    [InlineData("203.0.113.7", "203.0.113.8")]
    [InlineData("0.0.0.7", "::7")]
    [InlineData("203.0.113.7", "2001:db8::cb00:7107")]
    public void AddressesOfOtherClientsAreOtherNetworks(string one, string other) => Assert.NotEqual(Of(one), Of(other));

    [Theory]
    [InlineData("203.0.113.7", "203.0.113.7")]
    [InlineData("::ffff:203.0.113.7", "203.0.113.7")]
    [InlineData("2001:db8:1:2:3:4:5:6", "2001:db8:1:2::/64")]
    public void ItReadsAsTheAddressOrTheNetwork(string address, string shown) => Assert.Equal(shown, Of(address).ToString());

    [Fact]
    public void AConnectionWithoutAnAddressIsUnknown()
    {
        Assert.False(ClientNetwork.Of((IPAddress?)null).IsKnown);
        Assert.Equal("unknown", ClientNetwork.Of((IPAddress?)null).ToString());
    }

    private static ClientNetwork Of(string address) => ClientNetwork.Of(IPAddress.Parse(address));
}
