using Portal.Web.Localization;

namespace Portal.Web.Areas.Admin.Pages.Forms;

/// <summary>
/// What the shared date-and-time field shows: its form name, label, hint and what was typed. <see cref="Id"/> tells
/// apart several fields of one name on a page; the field's error is the one recorded under it.
/// </summary>
public sealed record DateTimeField(string Name, string Label, string Hint, string? Value, DateTime ExampleUtc)
{
    public string? Id { get; init; }

    public string FieldId => Id ?? Name;

    public string Example => VietnamTime.FormatInput(ExampleUtc);
}
