using Microsoft.AspNetCore.Razor.TagHelpers;
using Microsoft.EntityFrameworkCore;
using Portal.Web.Data;

namespace Portal.Web.Accounts;

/// <summary>
/// The newsroom's names as people read them. What the database keeps of who did something (UpdatedBy, CreatedBy,
/// the audit log's UserName) is the user name, an e-mail address; pages show the display name instead. All names
/// come in one query into a map kept for a minute (a newsroom has tens of accounts) and dropped at once when an
/// account is created or renamed on this server, so no page asks once per row. A name no account has (a deleted
/// user, "hệ thống") is shown as stored, as is every name while the database cannot be read.
/// </summary>
public sealed class DisplayNames(IServiceScopeFactory scopes, TimeProvider time, ILogger<DisplayNames> logger)
{
    private static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(1);

    private volatile Snapshot? _snapshot;

    /// <summary>The display name of the account with that user name (or address), else the name as given.</summary>
    public async ValueTask<string> OfAsync(string? userName, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(userName))
        {
            return userName ?? "";
        }
        var names = await MapAsync(cancellationToken);
        return names.TryGetValue(userName, out var name) ? name : userName;
    }

    /// <summary>Every account's display name by user name and by address, in any case; only accounts that have one.</summary>
    public async ValueTask<IReadOnlyDictionary<string, string>> MapAsync(CancellationToken cancellationToken = default)
    {
        if (_snapshot is { } snapshot && time.GetUtcNow() - snapshot.TakenAt < MaxAge)
        {
            return snapshot.Names;
        }
        try
        {
            var fresh = new Snapshot(await LoadAsync(cancellationToken), time.GetUtcNow());
            _snapshot = fresh;
            return fresh.Names;
        }
        catch (Exception exception) when (DatabaseUnavailable.Is(exception))
        {
            logger.LogDebug("Display names not read: the database is unavailable");
            return _snapshot?.Names ?? new Dictionary<string, string>();
        }
    }

    /// <summary>Called when an account is created or renamed: the next page reads the names again.</summary>
    public void Forget() => _snapshot = null;

    private async Task<IReadOnlyDictionary<string, string>> LoadAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var people = await db.Users.AsNoTracking().Where(u => u.DisplayName != "")
            .Select(u => new { u.UserName, u.Email, u.DisplayName }).ToListAsync(cancellationToken);
        var names = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var person in people)
        {
            foreach (var key in new[] { person.Email, person.UserName })
            {
                if (!string.IsNullOrWhiteSpace(key))
                {
                    names[key] = person.DisplayName;
                }
            }
        }
        return names;
    }

    private sealed record Snapshot(IReadOnlyDictionary<string, string> Names, DateTimeOffset TakenAt);
}

/// <summary>
/// <c>&lt;display-name for="@article.UpdatedBy" /&gt;</c>: the display name of a stored user name, as text (no element
/// of its own), from <see cref="DisplayNames"/>.
/// </summary>
[HtmlTargetElement("display-name", Attributes = "for", TagStructure = TagStructure.WithoutEndTag)]
public sealed class DisplayNameTagHelper(DisplayNames names) : TagHelper
{
    public string? For { get; set; }

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        output.TagName = null;
        output.Content.SetContent(await names.OfAsync(For));
    }
}
