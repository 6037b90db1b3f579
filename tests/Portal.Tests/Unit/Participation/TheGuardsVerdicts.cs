using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Portal.Tests.Builders;
using Portal.Web.Participation;

namespace Portal.Tests.Unit.Participation;

/// <summary>
/// What the guard says of a sent form: a filled honeypot is answered silently; a missing, forged, altered,
/// foreign, stale or too-young stamp, a missing consent, a bad address or an address past its daily cap are refused
/// with a Vietnamese message on the right field; anything else is accepted.
/// </summary>
public sealed class TheGuardsVerdicts
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 12, 6, 8, 0, 0, TimeSpan.Zero));
    private readonly EphemeralDataProtectionProvider _protection = new();
    private readonly ParticipationOptions _options = new() { MinimumFillSeconds = 3, MaxPerEmailPerDay = 5 };
    private readonly TestPersonalData _comments = new("Góp ý dự thảo");
    private readonly TestPersonalData _questions = new("Hỏi đáp");

    private ParticipationGuard Guard() => new(_protection, _clock, Options.Create(_options), [_comments, _questions]);

    private static ParticipantInput Filled(string? stamp) => new()
    {
        Name = "Nguyễn Thị Hoa",
        Email = "  Hoa.Nguyen@Example.com ",
        Consent = true,
        Stamp = stamp,
    };

    /// <summary>A form shown now and sent after <paramref name="fillTime"/>.</summary>
    private ParticipantInput SentAfter(TimeSpan fillTime)
    {
        var input = Filled(Guard().IssueStamp());
        _clock.Advance(fillTime);
        return input;
    }

    private Task<GuardVerdict> CheckAsync(ParticipantInput input) => Guard().CheckAsync(input, CancellationToken.None);

    [Fact]
    public async Task AFormFilledByAPersonIsAccepted()
    {
        Assert.Equal(GuardVerdict.Accepted, await CheckAsync(SentAfter(TimeSpan.FromSeconds(40))));
    }

    [Fact]
    public async Task AFilledHoneypotIsAnsweredSilentlyWhateverElseTheFormHolds()
    {
        var input = Filled(stamp: null);
        input.Website = "http://spam.example";
        input.Consent = false;

        Assert.Equal(GuardVerdictKind.Silent, (await CheckAsync(input)).Kind);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("not-a-stamp")]
    [InlineData("CfDJ8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("!!!***%%%")]
    public async Task AMissingOrForgedStampIsRefused(string? stamp)
    {
        var verdict = await CheckAsync(Filled(stamp));

        Assert.Equal(new GuardVerdict(GuardVerdictKind.Refused, ParticipationGuard.ExpiredMessage, "Stamp"), verdict);
    }

    [Fact]
    public async Task AStampWithOneCharacterChangedIsRefused()
    {
        var stamp = Guard().IssueStamp();
        _clock.Advance(TimeSpan.FromMinutes(1));
        var middle = stamp.Length / 2;
        var altered = stamp[..middle] + (stamp[middle] == 'A' ? 'B' : 'A') + stamp[(middle + 1)..];

        Assert.Equal(GuardVerdictKind.Refused, (await CheckAsync(Filled(altered))).Kind);
        Assert.Equal(GuardVerdictKind.Refused, (await CheckAsync(Filled(stamp + "A"))).Kind);
        Assert.Equal(GuardVerdict.Accepted, await CheckAsync(Filled(stamp)));
    }

    [Fact]
    public async Task AValueProtectedForAnotherPurposeOrByAnotherKeyIsNoStamp()
    {
        var ticks = _clock.GetUtcNow().AddMinutes(-5).UtcTicks.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var otherPurpose = _protection.CreateProtector("Portal.Something.Else").Protect(ticks);
        var otherKey = new EphemeralDataProtectionProvider().CreateProtector(ParticipationGuard.StampPurpose).Protect(ticks);

        Assert.Equal("Stamp", (await CheckAsync(Filled(otherPurpose))).Field);
        Assert.Equal("Stamp", (await CheckAsync(Filled(otherKey))).Field);
    }

    [Fact]
    public async Task AStampFromTheFutureIsRefused()
    {
        var future = _protection.CreateProtector(ParticipationGuard.StampPurpose)
            .Protect(_clock.GetUtcNow().AddHours(1).UtcTicks.ToString(System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(ParticipationGuard.ExpiredMessage, (await CheckAsync(Filled(future))).Message);
    }

    [Fact]
    public async Task AFormKeptOpenMoreThanADayHasExpired()
    {
        var verdict = await CheckAsync(SentAfter(TimeSpan.FromDays(1) + TimeSpan.FromSeconds(1)));

        Assert.Equal(new GuardVerdict(GuardVerdictKind.Refused, ParticipationGuard.ExpiredMessage, "Stamp"), verdict);
    }

    [Fact]
    public async Task AFormSentFasterThanAPersonTypesIsRefusedAndTheSameStampPassesLater()
    {
        var input = SentAfter(TimeSpan.FromSeconds(2));

        Assert.Equal(new GuardVerdict(GuardVerdictKind.Refused, ParticipationGuard.TooFastMessage, "Stamp"), await CheckAsync(input));
        _clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(GuardVerdict.Accepted, await CheckAsync(input));
    }

    [Fact]
    public async Task TheMinimumFillTimeIsASetting()
    {
        _options.MinimumFillSeconds = 0;

        Assert.Equal(GuardVerdict.Accepted, await CheckAsync(SentAfter(TimeSpan.Zero)));
    }

    [Fact]
    public async Task NothingIsKeptWithoutConsent()
    {
        var input = SentAfter(TimeSpan.FromSeconds(30));
        input.Consent = false;

        var verdict = await CheckAsync(input);

        Assert.Equal(GuardVerdictKind.Refused, verdict.Kind);
        Assert.Equal("Consent", verdict.Field);
        Assert.Contains("đồng ý", verdict.Message);
    }

    [Theory]
    [InlineData("")]
    [InlineData("hoa")]
    [InlineData("hoa@example")]
    [InlineData("hoa@example.com\r\nBcc: all@example.com")]
    [InlineData("Hoa <hoa@example.com>")]
    [InlineData("a@example.com, b@example.com")]
    [InlineData("<script>alert(1)</script>@example.com")]
    public async Task AnAddressThatIsNotOnePlainAddressIsRefused(string email)
    {
        var input = SentAfter(TimeSpan.FromSeconds(30));
        input.Email = email;

        var verdict = await CheckAsync(input);

        Assert.Equal(new GuardVerdict(GuardVerdictKind.Refused, ParticipationGuard.EmailMessage, "Email"), verdict);
    }

    [Fact]
    public async Task AnAddressThatWroteItsDailyCapAcrossEveryKindIsRefusedUntilADayHasPassed()
    {
        var now = _clock.GetUtcNow().UtcDateTime;
        _comments.Add("hoa.nguyen@example.com", now.AddHours(-23));
        _comments.Add("hoa.nguyen@example.com", now.AddHours(-2));
        _questions.Add("hoa.nguyen@example.com", now.AddHours(-1));
        _questions.Add("hoa.nguyen@example.com", now.AddMinutes(-10));
        _comments.Add("someone.else@example.com", now.AddMinutes(-5));
        _comments.Add("hoa.nguyen@example.com", now.AddDays(-2));
        Assert.Equal(GuardVerdict.Accepted, await CheckAsync(SentAfter(TimeSpan.FromSeconds(5))));

        _questions.Add("hoa.nguyen@example.com", now);
        var verdict = await CheckAsync(SentAfter(TimeSpan.FromSeconds(5)));

        Assert.Equal(new GuardVerdict(GuardVerdictKind.Refused, ParticipationGuard.CapMessage, "Email"), verdict);
        _clock.Advance(TimeSpan.FromHours(1));
        Assert.Equal(GuardVerdict.Accepted, await CheckAsync(SentAfter(TimeSpan.FromSeconds(5))));
    }

    [Fact]
    public void AReShownFormKeepsAFreshStampAndGetsANewOneForAStaleOrForgedStamp()
    {
        var guard = Guard();
        var stamp = guard.IssueStamp();
        _clock.Advance(TimeSpan.FromHours(2));

        Assert.Equal(stamp, guard.StampFor(stamp));
        Assert.NotEqual("forged", guard.StampFor("forged"));
        Assert.NotEqual(string.Empty, guard.StampFor(null));
        _clock.Advance(TimeSpan.FromDays(1));
        Assert.NotEqual(stamp, guard.StampFor(stamp));
    }

    [Fact]
    public void ARefusalGoesBesideItsFieldUnderThePrefix()
    {
        var modelState = new ModelStateDictionary();

        new GuardVerdict(GuardVerdictKind.Refused, "Sai.", "Email").AddTo(modelState, "Input.Who");
        GuardVerdict.Accepted.AddTo(modelState, "Input.Who");
        new GuardVerdict(GuardVerdictKind.Silent).AddTo(modelState, "Input.Who");

        Assert.Equal("Sai.", Assert.Single(modelState["Input.Who.Email"]!.Errors).ErrorMessage);
        Assert.Equal(1, modelState.ErrorCount);
    }

    [Theory]
    [InlineData("nguyen.hoa@gmail.com", "ng***@gmail.com")]
    [InlineData("ab@example.com", "a***@example.com")]
    [InlineData("a@example.com", "a***@example.com")]
    public void TheAuditLogNamesAnAddressMasked(string email, string masked)
    {
        Assert.Equal(masked, ParticipantEmail.Mask(email));
    }
}
