using Microsoft.Data.Sqlite;
using Npgsql;

namespace CaseFlow.Host.Persistence;

/// <summary>
/// Whether a request failed because the database is briefly unavailable and a retry may succeed: PostgreSQL down,
/// restarting or refusing connections (Npgsql's transient errors), SQLite busy or locked by another writer.
/// </summary>
public static class DatabaseUnavailable
{
    private const int SqliteBusy = 5;
    private const int SqliteLocked = 6;

    public static bool Is(Exception exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (current is SqliteException { SqliteErrorCode: SqliteBusy or SqliteLocked } || current is NpgsqlException { IsTransient: true })
            {
                return true;
            }
        }

        return false;
    }
}
