namespace Portal.Web.Questions;

/// <summary>
/// <c>Portal:Questions:*</c>. Vietnamese administrative rules set their time limits in working days (the one-stop
/// shop's procedures, Nghị định 61/2018/NĐ-CP, and the handling of citizens' petitions count days this way); how many
/// an agency allows for answering a question differs, so the number is configured, not written in the code.
/// </summary>
public sealed class QuestionOptions
{
    public const string Section = "Portal:Questions";

    /// <summary>Working days (Monday to Friday, Vietnam time, less <see cref="Holidays"/>) to answer a confirmed question.</summary>
    public int AnswerWithinWorkingDays { get; set; } = 7;

    /// <summary>Public holidays that are not working days (Tết, 30/4, 2/9…), as dates: <c>2027-02-05</c>.</summary>
    public List<DateOnly> Holidays { get; set; } = [];
}
