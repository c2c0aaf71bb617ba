using Npgsql;

namespace CaseFlow.Host.Tests.ScaleOut;

/// <summary>Plain SQL against a cluster's PostgreSQL database, for the checks behind the API (outbox, inbox, timers, journal).</summary>
public sealed class ScaleOutDatabase(string connectionString)
{
    /// <summary>OutboxMessages.Status, whether the column holds the number (0, 1) or the name ('Pending', 'Sent').</summary>
    public const string Pending = "Pending";
    public const string Sent = "Sent";

    /// <summary>SQL conditions on OutboxMessages.Status that hold for either representation.</summary>
    public const string IsPendingSql = """ "Status"::text IN ('0', 'Pending') """;
    public const string IsSentSql = """ "Status"::text IN ('1', 'Sent') """;

    /// <summary>The status of an outbox row as <see cref="Pending"/> or <see cref="Sent"/> (null when there is no such row).</summary>
    public async Task<string?> OutboxStatusAsync(Guid messageId) =>
        StatusName(await ScalarAsync("""SELECT "Status"::text FROM "OutboxMessages" WHERE "Id" = @id""", ("id", messageId)));

    public static string? StatusName(object? value) => value?.ToString() switch
    {
        "0" => Pending,
        "1" => Sent,
        var text => text,
    };

    /// <summary>Puts a sent outbox row back to pending, as if the relay had died after the broker took it but before it marked it.</summary>
    public async Task<int> MarkOutboxPendingAgainAsync(Guid messageId)
    {
        var type = (string?)await ScalarAsync(
            """SELECT data_type FROM information_schema.columns WHERE table_name = 'OutboxMessages' AND column_name = 'Status'""");
        var pending = type is "integer" or "smallint" or "bigint" ? "0" : "'Pending'";
        return await ExecuteAsync($"""UPDATE "OutboxMessages" SET "Status" = {pending}, "SentAt" = NULL WHERE "Id" = @id""", ("id", messageId));
    }

    public async Task<long> CountAsync(string sql, params (string Name, object Value)[] parameters) =>
        Convert.ToInt64(await ScalarAsync(sql, parameters) ?? 0L, System.Globalization.CultureInfo.InvariantCulture);

    public async Task<object?> ScalarAsync(string sql, params (string Name, object Value)[] parameters)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = Command(connection, sql, parameters);
        var value = await command.ExecuteScalarAsync();
        return value is DBNull ? null : value;
    }

    public async Task<int> ExecuteAsync(string sql, params (string Name, object Value)[] parameters)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = Command(connection, sql, parameters);
        return await command.ExecuteNonQueryAsync();
    }

    /// <summary>Every row of the query, each as column name → value (DBNull as null).</summary>
    public async Task<List<Dictionary<string, object?>>> RowsAsync(string sql, params (string Name, object Value)[] parameters)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = Command(connection, sql, parameters);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<Dictionary<string, object?>>();
        while (await reader.ReadAsync())
        {
            var row = new Dictionary<string, object?>(StringComparer.Ordinal);
            for (var i = 0; i < reader.FieldCount; i++)
            {
                row[reader.GetName(i)] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            }

            rows.Add(row);
        }

        return rows;
    }

    private static NpgsqlCommand Command(NpgsqlConnection connection, string sql, (string Name, object Value)[] parameters)
    {
        var command = new NpgsqlCommand(sql, connection);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        return command;
    }
}
