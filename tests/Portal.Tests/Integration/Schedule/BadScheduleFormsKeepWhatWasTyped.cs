using System.Net;
using Portal.Tests.Builders;
using Portal.Web.Accounts;

namespace Portal.Tests.Integration.Schedule;

/// <summary>Every bad input to the newsroom's schedule form gets its Vietnamese message, with the form as it was typed; never a 500.</summary>
public sealed class BadScheduleFormsKeepWhatWasTyped : IClassFixture<AdministratorFixture>
{
    private readonly AdministratorFixture _fixture;

    public BadScheduleFormsKeepWhatWasTyped(AdministratorFixture fixture) => _fixture = fixture;

    [Theory]
    [InlineData("Input.Date", "31/02/2026", "Ngày không hợp lệ")]
    [InlineData("Input.Date", "2026-12-02", "Ngày không hợp lệ")]
    [InlineData("Input.Date", "02/12/99999", "Ngày không hợp lệ")]
    [InlineData("Input.Start", "25:00", "Giờ bắt đầu không hợp lệ")]
    [InlineData("Input.Start", "8h", "Giờ bắt đầu không hợp lệ")]
    [InlineData("Input.End", "07:00", "Giờ kết thúc phải sau giờ bắt đầu")]
    [InlineData("Input.End", "24:00", "Giờ kết thúc không hợp lệ")]
    [InlineData("Input.EndDate", "30/02/2026", "Ngày kết thúc không hợp lệ")]
    [InlineData("Input.LeaderIds[0]", "", "Xin chọn ít nhất một lãnh đạo")]
    [InlineData("Input.LeaderIds[0]", "999999", "không còn trong danh bạ")]
    [InlineData("Input.LeaderIds[0]", "abc", "không còn trong danh bạ")]
    [InlineData("Input.Content", "", "Xin nhập nội dung công việc")]
    [InlineData("Input.Content", "<script>alert(1)</script>", "")]
    public async Task TheMessageIsShownBesideTheTypedForm(string field, string value, string message)
    {
        var huy = await _fixture.Factory.OfficialIdAsync("Lê Quang Huy");
        var content = ScheduleBook.NewContent();
        var fields = new Dictionary<string, string>
        {
            ["Input.Date"] = "02/12/2026",
            ["Input.Start"] = "08:00",
            ["Input.End"] = "09:00",
            ["Input.LeaderIds[0]"] = huy.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Input.Content"] = content,
            ["Input.Place"] = "Phòng họp <b>số 5</b>",
        };
        fields[field] = value;
        if (message.Length == 0)
        {
            // Markup is text: saved as typed and shown escaped.
            fields["Input.End"] = "";
        }

        var response = await _fixture.Browser.SubmitFormAsync("/admin/schedule/edit", fields);

        if (message.Length == 0)
        {
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            var week = await _fixture.AdminPageAsync("/admin/schedule?tuan=2026-W49");
            Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", week);
            return;
        }
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains(message, Html.Text(html), StringComparison.Ordinal);
        Assert.Contains("Phòng họp &lt;b&gt;số 5&lt;/b&gt;", html);
        if (field != "Input.Content")
        {
            Assert.Contains(content, html);
        }
    }

    [Fact]
    public async Task TenThousandCharactersOfContentAreRefusedWithTheTextKept()
    {
        var huy = await _fixture.Factory.OfficialIdAsync("Lê Quang Huy");
        var response = await _fixture.Browser.SubmitFormAsync("/admin/schedule/edit", new()
        {
            ["Input.Date"] = "02/12/2026",
            ["Input.Start"] = "08:00",
            ["Input.LeaderIds[0]"] = huy.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Input.Content"] = new string('x', 10_000),
        });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("tối đa 2000 ký tự (hiện có 10000)", html);
        Assert.Contains(new string('x', 10_000), html);
    }

    [Theory]
    [InlineData("/admin/schedule/edit/999999")]
    [InlineData("/admin/schedule?tuan=2026-W99")]
    [InlineData("/admin/schedule?ngay=abc")]
    public async Task UnknownEntriesAndWeeksAreNotFoundOrBadRequests(string address)
    {
        var response = await _fixture.Browser.GetAsync(address);
        Assert.True(response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.BadRequest, $"{address}: {(int)response.StatusCode}");
    }

    [Fact]
    public async Task AnEditorCannotCancelOrPublishAnEntry()
    {
        using var editor = await _fixture.Factory.SignedInAsync(Roles.Editor);
        var id = await _fixture.Factory.WithDbAsync(db => Task.FromResult(db.ScheduleEntries.First().Id));
        var page = await editor.GetStringAsync($"/admin/schedule/edit/{id}");
        foreach (var handler in new[] { "Cancel", "Publish" })
        {
            var response = await editor.PostFormAsync($"/admin/schedule/edit/{id}", [], Newsroom.AntiforgeryToken(page), handler);
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        }
    }
}
