using CaseFlow.Host.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace CaseFlow.Host.Tests.Persistence;

public sealed class MigrationSchemaTests : AppTest
{
    [Fact]
    public async Task The_hand_written_migrations_build_exactly_the_schema_the_model_expects_on_sqlite()
    {
        var (expected, actual) = await app.InDatabaseAsync(async db => (DatabaseSchema.Expected(db), await DatabaseSchema.ActualAsync(db)));

        Assert.Empty(expected.Except(actual));
        Assert.Empty(actual.Except(expected));
    }

    /// <summary>
    /// <c>dotnet ef migrations add</c> also writes a model snapshot (docs/persistence.md). It holds one provider's column types,
    /// so the other provider would see "pending model changes" and refuse to migrate: it must not be committed.
    /// </summary>
    [Fact]
    public async Task The_migrations_carry_no_model_snapshot_of_one_provider()
    {
        var (snapshot, migrations) = await app.InDatabaseAsync(db =>
        {
            var assembly = db.GetService<IMigrationsAssembly>();
            return Task.FromResult((assembly.ModelSnapshot, assembly.Migrations.Keys));
        });

        Assert.Null(snapshot);
        Assert.Contains("20261122120000_Initial", migrations);
    }
}
