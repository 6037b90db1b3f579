using Portal.Tests.Builders;
using Portal.Web.Participation;
using Portal.Web.Questions;

namespace Portal.Tests.Integration.Questions;

/// <summary>Erasing an asker's data keeps the question and its answer, and the name only if they agreed to show it.</summary>
public sealed class QuestionPersonalDataTests : IDisposable
{
    private readonly PortalFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    private Task<T> WithSourceAsync<T>(Func<IPersonalDataSource, Task<T>> act) =>
        _factory.WithAsync<IEnumerable<IPersonalDataSource>, T>(sources => act(sources.OfType<QuestionPersonalData>().Single()));

    [Fact]
    public async Task ErasureByAddressKeepsTheTextAndTheNameOnlyIfShown()
    {
        var shown = await _factory.AnsweredQuestionAsync(QuestionBuilder.NewTitle("Hỏi có tên"));
        var hidden = await _factory.AnsweredQuestionAsync(QuestionBuilder.NewTitle("Hỏi ẩn tên"), change: f => f["Input.Who.ShowName"] = "false");
        var now = _factory.Clock.GetUtcNow().UtcDateTime;

        Assert.Single(await WithSourceAsync(s => s.FindAsync(hidden.Email, CancellationToken.None)));
        Assert.Equal(1, await WithSourceAsync(s => s.EraseAsync(shown.Email, now, CancellationToken.None)));
        Assert.Equal(1, await WithSourceAsync(s => s.EraseAsync(hidden.Email, now, CancellationToken.None)));

        var keptName = (await _factory.QuestionTitledAsync(shown.Title))!;
        Assert.Equal(("", "", "Nguyễn Thị Hỏi"), (keptName.Email, keptName.Phone, keptName.Name));
        Assert.Equal(shown.Body, keptName.Body);
        Assert.Equal(shown.Answer, keptName.Answer);
        var noName = (await _factory.QuestionTitledAsync(hidden.Title))!;
        Assert.Equal(("", ""), (noName.Email, noName.Name));
        Assert.Equal(now, noName.ErasedAt);
    }

    [Fact]
    public async Task RetentionRunsFromTheAnswerAndUnconfirmedQuestionsLoseTheirDataOnceTheirLinkExpires()
    {
        var answered = await _factory.AnsweredQuestionAsync(QuestionBuilder.NewTitle("Hỏi cũ"));
        var unconfirmedTitle = QuestionBuilder.NewTitle("Hỏi chưa xác nhận");
        using var browser = _factory.CreateBrowser();
        await browser.AskAsync(QuestionBuilder.Form(await _factory.FirstFieldIdAsync(), unconfirmedTitle, QuestionBuilder.NewEmail()));

        _factory.Clock.Advance(TimeSpan.FromDays(3));
        await WithSourceAsync(s => s.EraseExpiredAsync(_factory.Clock.GetUtcNow().UtcDateTime, 12, CancellationToken.None));
        var expired = (await _factory.QuestionTitledAsync(unconfirmedTitle))!;
        Assert.Equal(("", ""), (expired.Email, expired.Phone));
        Assert.NotNull(expired.ErasedAt);
        Assert.Equal(answered.Email, (await _factory.QuestionTitledAsync(answered.Title))!.Email);

        _factory.Clock.Advance(TimeSpan.FromDays(366));
        await WithSourceAsync(s => s.EraseExpiredAsync(_factory.Clock.GetUtcNow().UtcDateTime, 12, CancellationToken.None));
        var erased = (await _factory.QuestionTitledAsync(answered.Title))!;
        Assert.Equal("", erased.Email);
        Assert.Equal(answered.Answer, erased.Answer);
    }
}
