namespace CaseFlow.Host.Tests.Infrastructure;

/// <summary>A test class with its own CaseFlow on a fresh SQLite database, disposed after the class's tests.</summary>
public abstract class AppTest : IDisposable
{
    protected readonly CaseFlowApp app = new();

    public void Dispose()
    {
        app.Dispose();
        GC.SuppressFinalize(this);
    }
}
