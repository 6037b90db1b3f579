using Portal.Web.Auditing;
using Portal.Web.Data;
using Portal.Web.Publishing;
using Portal.Web.Search;

namespace Portal.Web.Schedule;

/// <summary>The workflow of schedule entries: the shared rules (<see cref="Workflow{T}"/>) in the schedule's words.</summary>
public sealed class ScheduleWorkflow(PortalDbContext db, ISearch search, AuditLog audit, TimeProvider time)
    : Workflow<ScheduleEntry>(db, search, audit, time)
{
    /// <summary>The kind's name in the audit log's subjects; the schedule is not in the site's search.</summary>
    public const string Kind = "schedule";

    private static readonly WorkflowWords EntryWords = new("lịch công tác",
        AuditActions.SchedulePublished, AuditActions.ScheduleScheduled, AuditActions.ScheduleSentBack,
        AuditActions.ScheduleUnpublished, AuditActions.ScheduleDeleted);

    protected override WorkflowWords Words => EntryWords;

    protected override string SearchKind => Kind;

    protected override string Title(ScheduleEntry item) => ScheduleInput.Describe(item);
}
