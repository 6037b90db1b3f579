namespace Portal.Tests.Integration;

/// <summary>One app on its own database for a test class; the class's tests share it.</summary>
public sealed class PortalFixture : IDisposable
{
    public PortalFactory Factory { get; } = new();

    public void Dispose() => Factory.Dispose();
}
