using CaseFlow.Host.Tests.Infrastructure;

namespace CaseFlow.Host.Tests.Security;

/// <summary>The one CaseFlow (fresh SQLite file) all tests of the authorisation matrix class share.</summary>
public sealed class MatrixApp : IDisposable
{
    public CaseFlowApp App { get; } = new();

    public void Dispose() => App.Dispose();
}
