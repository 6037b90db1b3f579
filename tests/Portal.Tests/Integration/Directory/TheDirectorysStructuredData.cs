using System.Text.Json;

namespace Portal.Tests.Integration;

public sealed class TheDirectorysStructuredData(AdministratorFixture admin) : IClassFixture<AdministratorFixture>
{
    [Fact]
    public async Task AnAgencyIsAGovernmentOrganizationWithItsParentUnitsContactPointAndEmployees()
    {
        var html = await admin.PublicPageAsync("/co-cau-to-chuc/van-phong-ubnd-tinh");

        using var json = JsonDocument.Parse(DirectorySteps.JsonLd(html));
        var root = json.RootElement;
        Assert.Equal("https://schema.org", root.GetProperty("@context").GetString());
        Assert.Equal("GovernmentOrganization", root.GetProperty("@type").GetString());
        Assert.Equal("Văn phòng Ủy ban nhân dân tỉnh", root.GetProperty("name").GetString());
        Assert.Equal("http://localhost/co-cau-to-chuc/van-phong-ubnd-tinh", root.GetProperty("url").GetString());
        Assert.Equal("PostalAddress", root.GetProperty("address").GetProperty("@type").GetString());
        Assert.Equal("0254 3852 010", root.GetProperty("telephone").GetString());
        Assert.Equal("vpubnd@baria-vungtau.gov.vn", root.GetProperty("email").GetString());
        var contact = root.GetProperty("contactPoint");
        Assert.Equal("ContactPoint", contact.GetProperty("@type").GetString());
        Assert.Equal("0254 3852 010", contact.GetProperty("telephone").GetString());
        Assert.False(string.IsNullOrEmpty(contact.GetProperty("contactType").GetString()));
        Assert.Equal("Ủy ban nhân dân tỉnh Bà Rịa - Vũng Tàu", root.GetProperty("parentOrganization").GetProperty("name").GetString());
        Assert.Equal("Trung tâm Phục vụ hành chính công tỉnh", Assert.Single(root.GetProperty("subOrganization").EnumerateArray()).GetProperty("name").GetString());
        var employees = root.GetProperty("employee").EnumerateArray().ToList();
        Assert.Equal(["Võ Thị Thu Trang", "Đặng Minh Khoa"], employees.Select(e => e.GetProperty("name").GetString()));
        Assert.All(employees, e => Assert.Equal("Person", e.GetProperty("@type").GetString()));
        Assert.Equal("Chánh Văn phòng", employees[0].GetProperty("jobTitle").GetString());
        Assert.Equal("vtttrang@baria-vungtau.gov.vn", employees[0].GetProperty("email").GetString());
        Assert.Equal("0254 3852 011", employees[0].GetProperty("telephone").GetString());
    }

    [Fact]
    public async Task TheEnglishPageSaysItInEnglish()
    {
        var html = await admin.PublicPageAsync("/en/organisation/van-phong-ubnd-tinh");

        using var json = JsonDocument.Parse(DirectorySteps.JsonLd(html));
        var root = json.RootElement;
        Assert.Equal("Office of the Provincial People's Committee", root.GetProperty("name").GetString());
        Assert.Equal("http://localhost/en/organisation/van-phong-ubnd-tinh", root.GetProperty("url").GetString());
        Assert.Equal("Chief of Office", root.GetProperty("employee")[0].GetProperty("jobTitle").GetString());
        Assert.Equal("People's Committee of Ba Ria - Vung Tau Province", root.GetProperty("parentOrganization").GetProperty("name").GetString());
    }
}
