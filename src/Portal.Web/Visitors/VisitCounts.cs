namespace Portal.Web.Visitors;

/// <summary>The all-time visitor total: one row, whose id is <see cref="SingletonId"/>.</summary>
public class VisitTotal
{
    public const int SingletonId = 1;

    public int Id { get; set; }
    public long Visits { get; set; }
}

/// <summary>Visits of one day, the day taken in Vietnam time.</summary>
public class DailyVisit
{
    public DateOnly Day { get; set; }
    public long Visits { get; set; }
}
