using System.Net;

namespace Portal.Tests.Integration.Schedule;

/// <summary>A week, day or leader the schedule cannot read is a 400 (an official that does not exist a 404), never a 500.</summary>
public sealed class BadScheduleAddressesAreRefused : IClassFixture<AdministratorFixture>
{
    private readonly PortalFactory _factory;

    public BadScheduleAddressesAreRefused(AdministratorFixture fixture) => _factory = fixture.Factory;

    [Theory]
    [InlineData("/lich-cong-tac?tuan=2026-W99", HttpStatusCode.BadRequest)]
    [InlineData("/lich-cong-tac?tuan=2025-W53", HttpStatusCode.BadRequest)]
    [InlineData("/lich-cong-tac?tuan=2026-W00", HttpStatusCode.BadRequest)]
    [InlineData("/lich-cong-tac?tuan=0000-W01", HttpStatusCode.BadRequest)]
    [InlineData("/lich-cong-tac?tuan=99999-W01", HttpStatusCode.BadRequest)]
    [InlineData("/lich-cong-tac?tuan=2026W50", HttpStatusCode.BadRequest)]
    [InlineData("/lich-cong-tac?tuan=%3Cscript%3E", HttpStatusCode.BadRequest)]
    [InlineData("/lich-cong-tac?tuan=2026-W50&tuan=2026-W51", HttpStatusCode.BadRequest)]
    [InlineData("/lich-cong-tac?ngay=31/02/2026", HttpStatusCode.BadRequest)]
    [InlineData("/lich-cong-tac?ngay=01/01/0001", HttpStatusCode.BadRequest)]
    [InlineData("/lich-cong-tac?ngay=31/12/9999", HttpStatusCode.BadRequest)]
    [InlineData("/lich-cong-tac?lanh-dao=abc", HttpStatusCode.BadRequest)]
    [InlineData("/lich-cong-tac?lanh-dao=-1", HttpStatusCode.BadRequest)]
    [InlineData("/lich-cong-tac?lanh-dao=0", HttpStatusCode.BadRequest)]
    [InlineData("/lich-cong-tac?lanh-dao=99999999999999999999", HttpStatusCode.BadRequest)]
    [InlineData("/lich-cong-tac?lanh-dao=1&lanh-dao=2", HttpStatusCode.BadRequest)]
    [InlineData("/lich-cong-tac?lanh-dao=999999", HttpStatusCode.NotFound)]
    [InlineData("/lich-cong-tac/ban-in?tuan=2026-W99", HttpStatusCode.BadRequest)]
    [InlineData("/lich-cong-tac/lanh-dao/999999.ics", HttpStatusCode.NotFound)]
    [InlineData("/lich-cong-tac/lanh-dao/abc.ics", HttpStatusCode.NotFound)]
    [InlineData("/lich-cong-tac/lanh-dao/99999999999999.ics", HttpStatusCode.NotFound)]
    public async Task TheAnswerIsAClearRefusal(string address, HttpStatusCode expected)
    {
        using var citizen = _factory.CreateBrowser();
        var response = await citizen.GetAsync(address);
        Assert.Equal(expected, response.StatusCode);
        Assert.DoesNotContain("Exception", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task AHugeWeekValueIsRefusedToo()
    {
        using var citizen = _factory.CreateBrowser();
        var response = await citizen.GetAsync("/lich-cong-tac?tuan=" + new string('9', 5_000));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
