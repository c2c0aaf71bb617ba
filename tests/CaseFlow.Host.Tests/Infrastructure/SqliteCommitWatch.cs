using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace CaseFlow.Host.Tests.Infrastructure;

/// <summary>
/// SQLite's <c>PRAGMA data_version</c> on a connection of its own: the number changes when any other connection
/// committed a change to the file since the last read, so an unchanged number proves that nothing was written
/// (a cheap check before taking a full <see cref="DatabaseFingerprint"/>).
/// </summary>
public sealed class SqliteCommitWatch : IAsyncDisposable
{
    private readonly SqliteConnection connection;

    private SqliteCommitWatch(SqliteConnection connection) => this.connection = connection;

    public static async Task<SqliteCommitWatch> OpenAsync(CaseFlowApp app)
    {
        var connectionString = await app.InDatabaseAsync(db => Task.FromResult(db.Database.GetConnectionString()!));
        var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        return new SqliteCommitWatch(connection);
    }

    public async Task<long> VersionAsync()
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA data_version";
        return (long)(await command.ExecuteScalarAsync())!;
    }

    public ValueTask DisposeAsync() => connection.DisposeAsync();
}
