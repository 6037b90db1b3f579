using Microsoft.EntityFrameworkCore.ChangeTracking;
using Portal.Web.Publishing;

namespace Portal.Web.Schedule;

/// <summary>
/// The cached pages an entry's change shows on: the week pages, their print views and the calendar feeds all carry
/// <see cref="Tag"/>, and every save of an entry evicts them (a draft's too: simpler than telling what the week shows).
/// </summary>
public sealed class ScheduleCacheTags : ICacheTagSource
{
    public const string Tag = "schedule";

    public IEnumerable<string> TagsOf(EntityEntry entry) => entry.Entity is ScheduleEntry ? [Tag] : [];
}
