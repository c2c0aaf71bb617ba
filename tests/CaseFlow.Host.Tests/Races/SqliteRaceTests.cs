using CaseFlow.Host.Tests.Infrastructure;

namespace CaseFlow.Host.Tests.Races;

/// <summary>The races on SQLite (one writer at a time: the losing write waits, then finds its condition gone).</summary>
public sealed class SqliteRaceTests : RaceScenarios, IDisposable
{
    private readonly CaseFlowApp app;

    public SqliteRaceTests()
        : this(new CaseFlowApp())
    {
    }

    private SqliteRaceTests(CaseFlowApp app)
        : base(app) => this.app = app;

    public void Dispose() => app.Dispose();
}
