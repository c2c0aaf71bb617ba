using System.Security.Cryptography;
using System.Text;
using CaseFlow.Host.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CaseFlow.Host.Tests.Infrastructure;

/// <summary>
/// Every row of every table of the EF model, hashed per table: two equal fingerprints mean no row was added,
/// removed or changed in between (used to show that refused requests change nothing).
/// </summary>
public sealed record DatabaseFingerprint(IReadOnlyDictionary<string, string> Tables)
{
    public static Task<DatabaseFingerprint> TakeAsync(CaseFlowApp app) => app.InDatabaseAsync(TakeAsync);

    public static async Task<DatabaseFingerprint> TakeAsync(CaseFlowDbContext db)
    {
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync();
        try
        {
            var tables = new SortedDictionary<string, string>(StringComparer.Ordinal);
            foreach (var table in db.Model.GetRelationalModel().Tables.Select(t => t.Name))
            {
                await using var command = connection.CreateCommand();
                command.CommandText = $"SELECT * FROM \"{table}\"";
                await using var reader = await command.ExecuteReaderAsync();
                var rows = new List<string>();
                while (await reader.ReadAsync())
                {
                    var values = new object[reader.FieldCount];
                    reader.GetValues(values);
                    rows.Add(string.Join('\u001f', values.Select(Show)));
                }

                rows.Sort(StringComparer.Ordinal);
                tables[table] = $"{rows.Count}:{Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\u001e', rows))))}";
            }

            return new DatabaseFingerprint(tables);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>The tables whose rows differ from <paramref name="other"/>'s, with their row counts before and after.</summary>
    public IReadOnlyList<string> ChangedSince(DatabaseFingerprint other) =>
        Tables.Keys.Union(other.Tables.Keys)
            .Where(table => other.Tables.GetValueOrDefault(table) != Tables.GetValueOrDefault(table))
            .Select(table => $"{table} ({Count(other, table)} -> {Count(this, table)} rows)")
            .ToList();

    private static string Count(DatabaseFingerprint fingerprint, string table) =>
        fingerprint.Tables.GetValueOrDefault(table)?.Split(':')[0] ?? "none";

    private static string Show(object value) => value switch
    {
        DBNull => "\u2400",
        byte[] bytes => Convert.ToHexString(bytes),
        IFormattable formattable => formattable.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
