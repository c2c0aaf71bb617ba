using CaseFlow.Host.Tests.Infrastructure;

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
}
