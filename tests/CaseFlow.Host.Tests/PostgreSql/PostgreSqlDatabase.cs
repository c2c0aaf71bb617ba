using Npgsql;

namespace CaseFlow.Host.Tests.PostgreSql;

/// <summary>
/// A throwaway PostgreSQL database on the server that <c>test.sh</c> starts on a loopback port and names in
/// <c>CASEFLOW_TEST_POSTGRES</c>. Without that variable the tests fail with a message; they never skip.
/// </summary>
public sealed class PostgreSqlDatabase : IAsyncLifetime
{
    public const string Variable = "CASEFLOW_TEST_POSTGRES";

    private readonly string name = $"caseflow_{Guid.NewGuid():N}";
    private string? serverConnection;

    public string ConnectionString { get; private set; } = string.Empty;

    public async Task InitializeAsync()
    {
        serverConnection = Environment.GetEnvironmentVariable(Variable);
        if (string.IsNullOrWhiteSpace(serverConnection))
        {
            throw new InvalidOperationException(
                $"{Variable} is not set. The PostgreSQL tests need a server: run ./test.sh, which installs PostgreSQL if needed and starts a throwaway one on 127.0.0.1.");
        }

        await ExecuteAsync($"CREATE DATABASE \"{name}\"");
        ConnectionString = new NpgsqlConnectionStringBuilder(serverConnection) { Database = name, Pooling = false }.ConnectionString;
    }

    public async Task DisposeAsync()
    {
        if (serverConnection is not null && ConnectionString.Length > 0)
        {
            await ExecuteAsync($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
        }
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(serverConnection);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
