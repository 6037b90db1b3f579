using System.Net;
using Portal.Tests.Builders;
using Portal.Tests.Integration.Photos;

namespace Portal.Tests.Integration;

public sealed class DirectoryVCards(AdministratorFixture admin) : IClassFixture<AdministratorFixture>
{
    [Fact]
    public async Task AnOfficialsCardHoldsTheirVietnameseNameTitleAgencyAndContacts()
    {
        var committee = await admin.Factory.AgencyAsync("uy-ban-nhan-dan-tinh");
        var chairman = committee.Officials.Single(o => o.Name == "Nguyễn Văn Thành");
        using var citizen = admin.Factory.CreateBrowser();

        var response = await citizen.GetAsync($"/co-cau-to-chuc/can-bo/{chairman.Id}.vcf");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/vcard; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        var disposition = response.Content.Headers.ContentDisposition!;
        Assert.Equal("attachment", disposition.DispositionType);
        Assert.Equal("nguyen-van-thanh.vcf", disposition.FileName!.Trim('"'));
        Assert.Equal("Nguyễn Văn Thành.vcf", disposition.FileNameStar);
        var card = DirectorySteps.ReadVCard(await response.Content.ReadAsByteArrayAsync());
        Assert.Equal(("BEGIN", "VCARD"), (card[0].Name, card[0].Value));
        Assert.Equal(("VERSION", "4.0"), (card[1].Name, card[1].Value));
        Assert.Equal(("END", "VCARD"), (card[^1].Name, card[^1].Value));
        var values = card.ToDictionary(p => p.Name, p => p.Value);
        Assert.Equal("Nguyễn Văn Thành", values["FN"]);
        Assert.Equal("Nguyễn;Thành;Văn;;", values["N"]);
        Assert.Equal("Chủ tịch Ủy ban nhân dân tỉnh", values["TITLE"]);
        Assert.Equal("Ủy ban nhân dân tỉnh Bà Rịa - Vũng Tàu", values["ORG"]);
        Assert.Equal("tel:02543852001", values["TEL;VALUE=uri;TYPE=work"]);
        Assert.Equal("nvthanh@baria-vungtau.gov.vn", values["EMAIL;TYPE=work"]);
        Assert.Equal($"http://localhost/co-cau-to-chuc/uy-ban-nhan-dan-tinh#can-bo-{chairman.Id}", values["URL"]);
        Assert.DoesNotContain("PHOTO", values.Keys);
    }

    [Fact]
    public async Task AnAgencysCardIsAnOrganisationWithItsAddressFoldedAt75Octets()
    {
        using var citizen = admin.Factory.CreateBrowser();

        var response = await citizen.GetAsync("/co-cau-to-chuc/uy-ban-nhan-dan-tinh.vcf");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var card = DirectorySteps.ReadVCard(bytes);
        var values = card.ToDictionary(p => p.Name, p => p.Value);
        Assert.Equal("org", values["KIND"]);
        Assert.Equal("Ủy ban nhân dân tỉnh Bà Rịa - Vũng Tàu", values["FN"]);
        Assert.Equal(";;Số 01 Phạm Văn Đồng\\, phường Phước Trung\\, TP. Bà Rịa\\, tỉnh Bà Rịa - Vũng Tàu;;;;Việt Nam", card.Single(p => p.Name == "ADR;TYPE=work").Raw);
        Assert.Contains("\r\n ", System.Text.Encoding.UTF8.GetString(bytes));
        Assert.Equal("uy-ban-nhan-dan-tinh.vcf", response.Content.Headers.ContentDisposition!.FileName!.Trim('"'));
    }

    [Fact]
    public async Task CommasSemicolonsBackslashesAndNewlinesInANameAreEscapedAndReadBack()
    {
        var agency = await admin.Factory.AgencyAsync("so-y-te");
        var name = $"Trần Văn B, Jr.; \\Thử {AdministratorFixture.UniqueTag()}";
        var official = await admin.AddOfficialAsync(agency.Id, name, "Phó trưởng phòng; kiêm nhiệm, tạm thời");
        using var citizen = admin.Factory.CreateBrowser();

        var card = DirectorySteps.ReadVCard(await citizen.GetByteArrayAsync($"/co-cau-to-chuc/can-bo/{official.Id}.vcf"));

        var fn = card.Single(p => p.Name == "FN");
        Assert.Equal(name, fn.Value);
        Assert.StartsWith("Trần Văn B\\, Jr.\\; \\\\Thử", fn.Raw);
        Assert.Equal("Phó trưởng phòng; kiêm nhiệm, tạm thời", card.Single(p => p.Name == "TITLE").Value);
        var n = card.Single(p => p.Name == "N").Raw.Split(';');
        Assert.Equal("Trần", n[0]);
    }

    [Fact]
    public async Task AnOfficialWithALibraryPhotoHasItInTheCardAndOnThePage()
    {
        var photo = await admin.Factory.UploadedAsync(TestImages.Jpeg(600, 800), "Hội nghị tổng kết công tác năm");
        var agency = await admin.Factory.AgencyAsync("so-tu-phap");
        var name = $"Lâm Thị Ảnh {AdministratorFixture.UniqueTag()}";
        var official = await admin.AddOfficialAsync(agency.Id, name, "Chánh Thanh tra Sở", photo.Id);
        using var citizen = admin.Factory.CreateBrowser();

        var card = DirectorySteps.ReadVCard(await citizen.GetByteArrayAsync($"/co-cau-to-chuc/can-bo/{official.Id}.vcf"));
        var html = await admin.PublicPageAsync("/co-cau-to-chuc/so-tu-phap");

        Assert.Matches("^http://localhost/anh/[0-9a-f]+\\.jpg$", card.Single(p => p.Name == "PHOTO").Value);
        Assert.Contains($"alt=\"{name}, Chánh Thanh tra Sở\"", html);
        Assert.Contains("<source type=\"image/webp\"", html);
    }
}

public sealed class AnOfficialsPhotoIsKeptInTheLibrary(AdministratorFixture admin) : IClassFixture<AdministratorFixture>
{
    [Fact]
    public async Task DeletingItIsRefusedWithAMessageNamingTheOfficial()
    {
        var photo = await admin.Factory.UploadedAsync(TestImages.Jpeg(400, 500), "Chân dung");
        var agency = await admin.Factory.AgencyAsync("so-xay-dung");
        var name = $"Mai Văn Giữ {AdministratorFixture.UniqueTag()}";
        await admin.AddOfficialAsync(agency.Id, name, "Phó Giám đốc Sở", photo.Id);

        var result = await admin.Factory.WithLibraryAsync(library => library.DeleteAsync(photo.Id, admin.Email));

        var refused = Assert.IsType<Portal.Web.Editing.SaveResult<Portal.Web.Media.Photo>.Invalid>(result);
        Assert.Contains(name, string.Join(" ", refused.Errors.Values));
        Assert.NotNull(await admin.Factory.WithLibraryAsync(library => library.FindAsync(photo.Id)));
    }
}
