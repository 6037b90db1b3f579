using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Web.Areas.Admin.Pages.Forms;
using Portal.Web.Editing;
using Portal.Web.LegalDocuments;
using Portal.Web.Questions;

namespace Portal.Web.Areas.Admin.Pages.Questions;

/// <summary>
/// One question in the newsroom: assign it to an agency and an editor, draft the answer and send it for approval,
/// or set it aside with a reason. Each form names the version it was shown; a save on an older one is refused.
/// </summary>
public sealed class QuestionModel(QuestionDesk desk) : PageModel
{
    [BindProperty]
    public Guid Version { get; set; }

    [BindProperty]
    public int? AgencyId { get; set; }

    [BindProperty]
    public string? AssignedTo { get; set; }

    [BindProperty]
    public string? Answer { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    public Question Question { get; private set; } = null!;

    public IReadOnlyList<DocumentIssuer> Agencies { get; private set; } = [];

    public IReadOnlyList<NewsroomPerson> People { get; private set; } = [];

    public bool Overdue { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }
        Version = Question.Version;
        AgencyId = Question.AgencyId;
        AssignedTo = Question.AssignedTo;
        Answer = Question.Answer;
        return Page();
    }

    public Task<IActionResult> OnPostAssignAsync(int id, CancellationToken cancellationToken) =>
        AnswerAsync(id, desk.AssignAsync(id, Version, AgencyId, AssignedTo, UserName, cancellationToken), "Đã phân công câu hỏi.", cancellationToken);

    public Task<IActionResult> OnPostSaveAsync(int id, CancellationToken cancellationToken) =>
        AnswerAsync(id, desk.SaveAnswerAsync(id, Version, Answer, submit: false, UserName, cancellationToken), "Đã lưu câu trả lời.", cancellationToken);

    public Task<IActionResult> OnPostSubmitAsync(int id, CancellationToken cancellationToken) =>
        AnswerAsync(id, desk.SaveAnswerAsync(id, Version, Answer, submit: true, UserName, cancellationToken), "Đã gửi câu trả lời để duyệt.", cancellationToken);

    public Task<IActionResult> OnPostDismissAsync(int id, CancellationToken cancellationToken) =>
        AnswerAsync(id, desk.DismissAsync(id, Version, Reason, UserName, cancellationToken), "Đã ghi câu hỏi là không trả lời.", cancellationToken);

    private string UserName => User.Identity?.Name ?? "";

    private async Task<IActionResult> AnswerAsync(int id, Task<SaveResult<Question>> save, string done, CancellationToken cancellationToken)
    {
        var result = await save;
        if (result is SaveResult<Question>.Saved)
        {
            TempData["Message"] = done;
            return RedirectToPage("Question", new { id });
        }
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }
        // What was typed stays; the version shown becomes the current one, so the next save is based on what is seen.
        Version = Question.Version;
        ModelState.Remove(nameof(Version));
        return this.AnswerUnsaved(result, prefix: null) ?? Page();
    }

    private async Task<bool> LoadAsync(int id, CancellationToken cancellationToken)
    {
        if (await desk.FindAsync(id, cancellationToken) is not { } question)
        {
            return false;
        }
        Question = question;
        Overdue = desk.IsOverdue(question);
        Agencies = await desk.AgenciesAsync(cancellationToken);
        People = await desk.PeopleAsync();
        return true;
    }
}
