using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Data.Sqlite;

namespace CaseFlow.Host.Tests.Security.Fuzz;

/// <summary>
/// Watches the app's SQLite file from an own connection: <c>PRAGMA data_version</c> changes when any other connection commits,
/// so a refused request that wrote nothing is proven cheaply; when it changed, every row of every table is hashed and compared.
/// </summary>
public sealed class DatabaseFingerprint(string connectionString) : IDisposable
{
    private readonly SqliteConnection connection = Open(connectionString);

    private long version;

    /// <summary>True when some connection committed since the last call.</summary>
    public bool Committed()
    {
        var now = Scalar("PRAGMA data_version");
        var changed = now != version;
        version = now;
        return changed;
    }

    /// <summary>A hash of every row of every table.</summary>
    public string Content()
    {
        var text = new StringBuilder();
        var tables = new List<string>();
        using (var list = new SqliteCommand("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name", connection))
        using (var reader = list.ExecuteReader())
        {
            while (reader.Read())
            {
                tables.Add(reader.GetString(0));
            }
        }

        foreach (var table in tables)
        {
            using var select = new SqliteCommand($"SELECT * FROM \"{table}\" ORDER BY rowid", connection);
            using var reader = select.ExecuteReader();
            text.Append('#').Append(table);
            while (reader.Read())
            {
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    text.Append('|').Append(Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture));
                }

                text.Append('\n');
            }
        }

        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    public void Dispose() => connection.Dispose();

    private long Scalar(string sql)
    {
        using var command = new SqliteCommand(sql, connection);
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    private static SqliteConnection Open(string connectionString)
    {
        var connection = new SqliteConnection(connectionString);
        connection.Open();
        return connection;
    }
}
