namespace Portal.Web.Participation;

/// <summary>The citizens' forms' limits and the personal data's retention: section <c>Portal:Participation</c>.</summary>
public sealed class ParticipationOptions
{
    public const string Section = "Portal:Participation";

    /// <summary>A form sent sooner than this after it was shown is a script's: nobody reads and types that fast.</summary>
    public int MinimumFillSeconds { get; set; } = 3;

    /// <summary>Comments and questions one e-mail address may write in 24 hours, all kinds together.</summary>
    public int MaxPerEmailPerDay { get; set; } = 5;

    /// <summary>Months after a consultation closes or a question is answered until its writer's data is erased.</summary>
    public int RetentionMonths { get; set; } = 24;
}
