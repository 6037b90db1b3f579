using AngleSharp.Dom;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.DependencyInjection;
using Portal.Tests.Security;
using Portal.Web.Participation;

namespace Portal.Tests.Integration.Participation;

/// <summary>
/// What both citizens' forms show of their writer: the fields under the page's prefix with their labels and
/// messages, the e-mail's "not published" hint, the honeypot out of sight and out of reach, a stamp the guard
/// accepts, and the consent with its purpose and retention in words; every XSS payload typed in comes back inert,
/// as the text typed.
/// </summary>
[Trait("Database", "SqliteOnly")] // it renders a partial, and reads no database
public sealed class TheParticipantFields(TheParticipantFields.Fixture fixture) : IClassFixture<TheParticipantFields.Fixture>
{
    public sealed class Fixture : IDisposable
    {
        public Fixture()
        {
            Factory = new PortalFactory();
            Factory.Settings["Portal:Participation:RetentionMonths"] = "18";
        }

        public PortalFactory Factory { get; }

        public void Dispose() => Factory.Dispose();
    }

    private const string Prefix = "Input.Who";

    private readonly PortalFactory _factory = fixture.Factory;

    private async Task<IDocument> RenderAsync(ParticipantInput input, ModelStateDictionary? modelState = null) =>
        ExecutableContent.Parse(await ParticipantFieldsRendering.RenderAsync(_factory, input, Prefix, modelState));

    [Fact]
    public async Task EveryFieldIsBoundUnderThePrefixAndLabelled()
    {
        var form = await RenderAsync(new ParticipantInput());

        foreach (var field in new[] { "Name", "Email", "Phone", "Organisation", "ShowName", "Consent" })
        {
            var input = form.QuerySelector($"input[name='{Prefix}.{field}']:not([type=hidden])");
            Assert.True(input is not null, $"No input for {field}");
            Assert.Equal($"Input_Who_{field}", input.Id);
            Assert.NotNull(form.QuerySelector($"label[for='{input.Id}']"));
        }
        Assert.Equal("email", form.QuerySelector("#Input_Who_Email")?.GetAttribute("type"));
        var hint = form.QuerySelector("#" + form.QuerySelector("#Input_Who_Email")?.GetAttribute("aria-describedby"));
        Assert.Contains("không công bố", hint?.TextContent);
        Assert.Equal("checked", form.QuerySelector("#Input_Who_ShowName")?.GetAttribute("checked"));
        Assert.Null(form.QuerySelector("#Input_Who_Consent")?.GetAttribute("checked"));
    }

    [Fact]
    public async Task TheHoneypotIsHiddenFromPeopleAndAssistiveTechnologyAndSaysToLeaveItEmpty()
    {
        var form = await RenderAsync(new ParticipantInput());

        var trap = form.QuerySelector($"input[name='{Prefix}.Website']")!;
        Assert.Equal("-1", trap.GetAttribute("tabindex"));
        Assert.Equal("off", trap.GetAttribute("autocomplete"));
        Assert.Equal("true", trap.Closest("[aria-hidden]")?.GetAttribute("aria-hidden"));
        Assert.Contains("participant-trap", trap.ParentElement!.ClassList);
        Assert.Equal("Không điền vào ô này", form.QuerySelector($"label[for='{trap.Id}']")?.TextContent);
    }

    [Fact]
    public async Task TheFormCarriesAStampTheGuardAcceptsAndKeepsAFreshOneWhenShownAgain()
    {
        var form = await RenderAsync(new ParticipantInput());
        var stamp = form.QuerySelector($"input[type=hidden][name='{Prefix}.Stamp']")?.GetAttribute("value");
        Assert.False(string.IsNullOrEmpty(stamp));

        await using var scope = _factory.Services.CreateAsyncScope();
        var guard = scope.ServiceProvider.GetRequiredService<ParticipationGuard>();
        var verdict = await guard.CheckAsync(new ParticipantInput { Name = "Lê Văn Bình", Email = "binh@example.com", Consent = true, Stamp = stamp }, CancellationToken.None);
        Assert.Equal(GuardVerdict.Accepted, verdict);

        var again = await RenderAsync(new ParticipantInput { Stamp = stamp });
        Assert.Equal(stamp, again.QuerySelector($"input[name='{Prefix}.Stamp']")?.GetAttribute("value"));
        var forged = await RenderAsync(new ParticipantInput { Stamp = "forged" });
        Assert.NotEqual("forged", forged.QuerySelector($"input[name='{Prefix}.Stamp']")?.GetAttribute("value"));
        Assert.Single(forged.QuerySelectorAll($"input[name='{Prefix}.Stamp']"));
    }

    [Fact]
    public async Task TheConsentSaysWhoProcessesWhatForHowLongAndHowToAskForErasure()
    {
        var form = await RenderAsync(new ParticipantInput());

        var consent = form.QuerySelector("#" + form.QuerySelector("#Input_Who_Consent")?.GetAttribute("aria-describedby"))!;
        var text = consent.TextContent;
        Assert.Contains("Nghị định 13/2023/NĐ-CP", text);
        Assert.Contains("Ủy ban nhân dân tỉnh", text);
        Assert.Contains("xác nhận", text);
        Assert.Contains("trả lời", text);
        Assert.Contains("chỉ khi bạn chọn hiển thị họ tên", text);
        Assert.Contains("18 tháng", text);
        Assert.Contains("xóa dữ liệu", text);
        Assert.StartsWith("mailto:", consent.QuerySelector("a")?.GetAttribute("href"));
    }

    [Fact]
    public async Task AReShownFormKeepsWhatWasTypedWithEachMessageBesideItsField()
    {
        var modelState = new ModelStateDictionary();
        modelState.SetModelValue($"{Prefix}.Name", "Trần Thị Mai", "Trần Thị Mai");
        modelState.SetModelValue($"{Prefix}.Email", "mai@", "mai@");
        new GuardVerdict(GuardVerdictKind.Refused, ParticipationGuard.EmailMessage, "Email").AddTo(modelState, Prefix);
        new GuardVerdict(GuardVerdictKind.Refused, ParticipationGuard.ConsentMessage, "Consent").AddTo(modelState, Prefix);
        new GuardVerdict(GuardVerdictKind.Refused, ParticipationGuard.TooFastMessage, "Stamp").AddTo(modelState, Prefix);

        var form = await RenderAsync(new ParticipantInput { Name = "Trần Thị Mai", Email = "mai@" }, modelState);

        Assert.Equal("Trần Thị Mai", form.QuerySelector("#Input_Who_Name")?.GetAttribute("value"));
        Assert.Equal("mai@", form.QuerySelector("#Input_Who_Email")?.GetAttribute("value"));
        Assert.Equal(ParticipationGuard.EmailMessage, form.QuerySelector($"[data-valmsg-for='{Prefix}.Email']")?.TextContent);
        Assert.Equal(ParticipationGuard.ConsentMessage, form.QuerySelector($"[data-valmsg-for='{Prefix}.Consent']")?.TextContent);
        var stampMessage = form.QuerySelector($"[data-valmsg-for='{Prefix}.Stamp']");
        Assert.Equal(ParticipationGuard.TooFastMessage, stampMessage?.TextContent);
        Assert.Equal("alert", stampMessage?.GetAttribute("role"));
    }

    [Fact]
    public async Task EveryXssPayloadInEveryFieldComesBackInertAsTheTextTyped()
    {
        foreach (var payload in XssCorpus.Payloads)
        {
            var input = new ParticipantInput { Name = payload, Email = payload, Phone = payload, Organisation = payload, Website = payload, Stamp = payload };
            var modelState = new ModelStateDictionary();
            modelState.SetModelValue($"{Prefix}.Name", payload, payload);
            modelState.AddModelError($"{Prefix}.Name", payload);

            var html = await ParticipantFieldsRendering.RenderAsync(_factory, input, Prefix, modelState);

            XssCorpus.AssertInert(html, payload, "_ParticipantFields");
            var form = ExecutableContent.Parse(html);
            var typed = XssCorpus.AsParsed(payload);
            foreach (var field in new[] { "Name", "Email", "Phone", "Organisation", "Website" })
            {
                Assert.Equal(typed, form.QuerySelector($"#Input_Who_{field}")?.GetAttribute("value"));
            }
            Assert.NotEqual(typed, form.QuerySelector($"input[name='{Prefix}.Stamp']")?.GetAttribute("value"));
            Assert.Equal(typed, form.QuerySelector($"[data-valmsg-for='{Prefix}.Name']")?.TextContent);
        }
    }
}
