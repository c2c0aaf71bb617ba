using CaseFlow.Host.Persistence;
using CaseFlow.Host.Tests.Infrastructure;
using CaseFlow.Host.Tests.Races;

namespace CaseFlow.Host.Tests.PostgreSql;

/// <summary>
/// The races on a real PostgreSQL server (read committed: the losing UPDATE waits for the winner's row lock, then
/// re-checks its WHERE and changes no row).
/// </summary>
[Trait("Category", "PostgreSql")]
public sealed class PostgreSqlRaceTests : RaceScenarios, IClassFixture<PostgreSqlDatabase>, IDisposable
{
    private readonly CaseFlowApp app;

    public PostgreSqlRaceTests(PostgreSqlDatabase database)
        : this(new CaseFlowApp(DatabaseProvider.PostgreSql, database.ConnectionString))
    {
    }

    private PostgreSqlRaceTests(CaseFlowApp app)
        : base(app) => this.app = app;

    public void Dispose() => app.Dispose();
}
