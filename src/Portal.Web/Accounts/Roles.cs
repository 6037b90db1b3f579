namespace Portal.Web.Accounts;

/// <summary>
/// The newsroom's roles, each including the one below it: an Administrator may do all an Approver may,
/// an Approver all an Editor may.
/// </summary>
public static class Roles
{
    public const string Administrator = "Administrator";
    public const string Approver = "Approver";
    public const string Editor = "Editor";

    public static readonly IReadOnlyList<string> All = [Administrator, Approver, Editor];

    public static string VietnameseName(string role) => role switch
    {
        Administrator => "Quản trị",
        Approver => "Duyệt bài",
        Editor => "Biên tập",
        _ => role,
    };
}

/// <summary>Authorization policies, one per level: the role and those above it.</summary>
public static class Policies
{
    public const string Editor = "Newsroom.Editor";
    public const string Approver = "Newsroom.Approver";
    public const string Administrator = "Newsroom.Administrator";

    public static readonly IReadOnlyList<string> All = [Editor, Approver, Administrator];

    public static string[] RolesFor(string policy) => policy switch
    {
        Editor => [Roles.Editor, Roles.Approver, Roles.Administrator],
        Approver => [Roles.Approver, Roles.Administrator],
        Administrator => [Roles.Administrator],
        _ => throw new ArgumentOutOfRangeException(nameof(policy), policy, "Unknown policy"),
    };
}
