using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace CaseFlow.Host.Persistence;

/// <summary>Whether a failed save was refused by a unique index (SQLite constraint code 2067, PostgreSQL SQLSTATE 23505).</summary>
public static class UniqueViolation
{
    private const int SqliteConstraintUnique = 2067;

    public static bool Is(DbUpdateException exception) =>
        exception is not DbUpdateConcurrencyException
        && exception.InnerException switch
        {
            SqliteException sqlite => sqlite.SqliteExtendedErrorCode == SqliteConstraintUnique,
            PostgresException postgres => postgres.SqlState == PostgresErrorCodes.UniqueViolation,
            _ => false,
        };
}
