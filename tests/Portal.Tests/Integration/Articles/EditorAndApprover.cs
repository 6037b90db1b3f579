using Portal.Web.Accounts;

namespace Portal.Tests.Integration.Articles;

/// <summary>A portal of a class's own, with an editor and an approver signed in.</summary>
public sealed class EditorAndApprover : IAsyncLifetime
{
    public PortalFactory Factory { get; } = new();
    public HttpClient Editor { get; private set; } = null!;
    public HttpClient Approver { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Editor = await Factory.SignedInAsync(Roles.Editor);
        Approver = await Factory.SignedInAsync(Roles.Approver);
    }

    public Task DisposeAsync()
    {
        Editor.Dispose();
        Approver.Dispose();
        Factory.Dispose();
        return Task.CompletedTask;
    }
}
