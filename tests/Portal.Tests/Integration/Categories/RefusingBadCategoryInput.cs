using System.Net;
using Microsoft.EntityFrameworkCore;

namespace Portal.Tests.Integration;

public sealed class RefusingBadCategoryInput(AdministratorFixture admin) : IClassFixture<AdministratorFixture>
{
    private const string SlugRule = "Đường dẫn chỉ gồm chữ thường không dấu (a–z), chữ số và dấu gạch ngang giữa các từ, ví dụ: tin-tuc-su-kien.";

    public static TheoryData<string, string, string, string> BadInput => new()
    {
        { "", "", "1", "Xin nhập tên chuyên mục." },
        { "   ", "chuyen-muc-trong", "1", "Xin nhập tên chuyên mục." },
        { new string('Ơ', 300), "", "1", "Tên chuyên mục tối đa 200 ký tự." },
        { "Tin tức - Sự kiện", "", "1", "Đường dẫn “tin-tuc-su-kien” đã có chuyên mục khác dùng. Xin chọn đường dẫn khác." },
        { "Tin mới", "tin-tuc-su-kien", "1", "Đường dẫn “tin-tuc-su-kien” đã có chuyên mục khác dùng. Xin chọn đường dẫn khác." },
        { "Tin mới", "tin tuc moi", "1", SlugRule },
        { "Tin mới", "Tin-Tuc-Moi", "1", SlugRule },
        { "Tin mới", "../admin", "1", SlugRule },
        { "Tin mới", "tin-tức", "1", SlugRule },
        { "Tin mới", "-tin-moi-", "1", SlugRule },
        { "Tin mới", "tin--moi", "1", SlugRule },
        { "Tin mới", "<script>alert(1)</script>", "1", SlugRule },
        { "Tin mới", new string('a', 121), "1", "Đường dẫn tối đa 120 ký tự." },
        { "!!! ???", "", "1", "Không tạo được đường dẫn từ tên này. Xin nhập đường dẫn." },
        { "Tin mới", "tin-moi-xyz", "", "Xin nhập thứ tự." },
        { "Tin mới", "tin-moi-xyz", "abc", "Giá trị 'abc' không hợp lệ cho Thứ tự." },
        { "Tin mới", "tin-moi-xyz", "-5", "Thứ tự là một số từ 0 đến 9999." },
        { "Tin mới", "tin-moi-xyz", "99999999999", "Giá trị '99999999999' không hợp lệ cho Thứ tự." },
    };

    [Theory]
    [MemberData(nameof(BadInput))]
    public async Task ABadValueIsRefusedInVietnameseAndEverythingTypedIsKept(string name, string slug, string order, string message)
    {
        var countBefore = await admin.Factory.WithDbAsync(db => db.Categories.CountAsync());

        var response = await admin.Browser.SubmitFormAsync(CategoryAdmin.AddUrl, CategoryAdmin.Form(name, slug, order));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Chưa lưu được. Xin kiểm tra lại:", Html.Text(html));
        Assert.Contains(message, Html.Text(html));
        Assert.Equal(name, AdministratorFixture.InputValue(html, "Input.Name"));
        Assert.Equal(slug, AdministratorFixture.InputValue(html, "Input.Slug"));
        Assert.Equal(order, AdministratorFixture.InputValue(html, "Input.SortOrder"));
        Assert.Equal(countBefore, await admin.Factory.WithDbAsync(db => db.Categories.CountAsync()));
    }

    [Fact]
    public async Task EveryProblemIsShownAtOnce()
    {
        var response = await admin.Browser.SubmitFormAsync(CategoryAdmin.AddUrl, CategoryAdmin.Form("", "Tin Moi", "abc"));

        var text = Html.Text(await response.Content.ReadAsStringAsync());
        Assert.Contains("Xin nhập tên chuyên mục.", text);
        Assert.Contains(SlugRule, text);
        Assert.Contains("Giá trị 'abc' không hợp lệ cho Thứ tự.", text);
    }
}
