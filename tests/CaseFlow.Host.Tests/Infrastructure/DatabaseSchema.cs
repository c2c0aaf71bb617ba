using System.Data.Common;
using CaseFlow.Host.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CaseFlow.Host.Tests.Infrastructure;

/// <summary>Compares what the migrations built with what the EF model expects, column by column.</summary>
public static class DatabaseSchema
{
    public sealed record Column(string Table, string Name, bool Nullable);

    public static IReadOnlySet<Column> Expected(CaseFlowDbContext db) =>
        db.Model.GetRelationalModel().Tables
            .SelectMany(table => table.Columns.Select(column => new Column(table.Name, column.Name, column.IsNullable)))
            .ToHashSet();

    public static async Task<IReadOnlySet<Column>> ActualAsync(CaseFlowDbContext db)
    {
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync();
        try
        {
            var columns = new HashSet<Column>();
            foreach (var table in db.Model.GetRelationalModel().Tables.Select(t => t.Name))
            {
                var sql = db.Database.IsSqlite()
                    ? $"SELECT name, \"notnull\" = 0 FROM pragma_table_info('{table}')"
                    : $"SELECT column_name, is_nullable = 'YES' FROM information_schema.columns WHERE table_name = '{table}'";
                await foreach (var (name, nullable) in ReadAsync(connection, sql))
                {
                    columns.Add(new Column(table, name, nullable));
                }
            }

            return columns;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static async IAsyncEnumerable<(string Name, bool Nullable)> ReadAsync(DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            yield return (reader.GetString(0), Convert.ToBoolean(reader.GetValue(1)));
        }
    }
}
