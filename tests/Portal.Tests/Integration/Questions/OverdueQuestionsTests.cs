using System.Net;
using Portal.Tests.Builders;
using Portal.Web.Accounts;
using Portal.Web.Localization;

namespace Portal.Tests.Integration.Questions;

/// <summary>
/// Unanswered questions past the configured working days are counted on the dashboard and flagged in the queue. The
/// factory's clock starts on Saturday 28/11/2026 in Vietnam: 7 working days run from Monday 30/11 to Tuesday 8/12.
/// </summary>
public sealed class OverdueQuestionsTests : IDisposable
{
    private readonly PortalFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    private void SetVietnamTime(int month, int day, int hour, int minute) =>
        _factory.Clock.SetUtcNow(VietnamTime.ToUtc(new DateTime(2026, month, day, hour, minute, 0)));

    [Fact]
    public async Task AQuestionIsOverdueFromTheDayAfterItsSeventhWorkingDay()
    {
        var question = await _factory.ConfirmedQuestionAsync(QuestionBuilder.NewTitle("Hỏi chậm"));
        SetVietnamTime(12, 8, 23, 59);
        using var editor = await _factory.SignedInAsync(Roles.Editor);
        Assert.Equal(0, await _factory.DeskAsync(d => d.OverdueCountAsync()));
        Assert.Contains("Không có câu hỏi nào quá hạn trả lời", await editor.GetStringAsync("/admin"));

        SetVietnamTime(12, 9, 0, 1);
        Assert.Equal(1, await _factory.DeskAsync(d => d.OverdueCountAsync()));
        var dashboard = WebUtility.HtmlDecode(await editor.GetStringAsync("/admin"));
        Assert.Contains("1 câu hỏi quá hạn trả lời", dashboard);
        Assert.Contains("/admin/questions?qua-han=true", dashboard);
        var overdue = await editor.GetStringAsync("/admin/questions?qua-han=true");
        Assert.Contains($"#{question.Id} ", overdue);
        Assert.Contains("status-overdue", overdue);
    }

    [Fact]
    public async Task AConfiguredHolidayMovesTheDeadline()
    {
        _factory.Settings["Portal:Questions:Holidays:0"] = "2026-12-01";
        _factory.Settings["Portal:Questions:AnswerWithinWorkingDays"] = "7";
        await _factory.ConfirmedQuestionAsync(QuestionBuilder.NewTitle("Hỏi dịp lễ"));

        SetVietnamTime(12, 9, 12, 0);
        Assert.Equal(0, await _factory.DeskAsync(d => d.OverdueCountAsync()));
        SetVietnamTime(12, 10, 0, 1);
        Assert.Equal(1, await _factory.DeskAsync(d => d.OverdueCountAsync()));
    }

    [Fact]
    public async Task AnAnsweredQuestionIsNeverOverdue()
    {
        await _factory.AnsweredQuestionAsync(QuestionBuilder.NewTitle("Hỏi đã trả lời"));
        SetVietnamTime(12, 30, 12, 0);
        Assert.Equal(0, await _factory.DeskAsync(d => d.OverdueCountAsync()));
    }
}
