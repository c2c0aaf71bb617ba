using System.Diagnostics;
using System.Globalization;
using CaseFlow.Host.Cases;
using CaseFlow.Host.Engine;
using CaseFlow.Host.Persistence;
using CaseFlow.Workflows.Access;
using CaseFlow.Workflows.Engine;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace CaseFlow.Bench;

/// <summary>
/// The inbox (GET /api/tasks, default and role-queue scope) and "Meine Fälle" (GET /api/cases?scope=mine) over
/// <c>count</c> customers, cases and open tasks on SQLite, through the Host's own queries without HTTP. The rows are
/// written in bulk with SQL: 1,000 FMs, each case's main caseworker one of them; 40 % of the cases wait for intake
/// (state Referred) with an unheld task for the role FM, the others are in Steering with a task their FM holds.
/// </summary>
internal sealed class InboxBench(IServiceProvider services, string database)
{
    private const int Fms = 1000;
    private static readonly DateTime Start = new(2026, 1, 1, 8, 0, 0, DateTimeKind.Utc);

    private static Actor Fm(int number) =>
        new(FmName(number), new HashSet<string> { Roles.Fm }, new HashSet<string>());

    private static string FmName(int number) => string.Create(CultureInfo.InvariantCulture, $"fm.{number:D4}");

    public async Task SeedAsync(int count)
    {
        await using var connection = new SqliteConnection($"Data Source={database}");
        await connection.OpenAsync();
        await using (var pragma = connection.CreateCommand())
        {
            pragma.CommandText = "PRAGMA foreign_keys = OFF; PRAGMA synchronous = OFF; PRAGMA cache_size = -200000;";
            await pragma.ExecuteNonQueryAsync();
        }

        // Bulk load: the secondary indexes are dropped and built again afterwards (much faster than growing them row by row).
        var indexes = await SecondaryIndexesAsync(connection);
        await ExecuteAsync(connection, indexes.Select(index => $"DROP INDEX \"{index.Name}\";"));

        await using var transaction = connection.BeginTransaction();
        var customer = Command(connection, transaction,
            "INSERT INTO Customers (Id, CustomerNumber, BirthDate, SeverelyDisabled, EqualStatus, Rehabilitant, ResponsibleCaseworker, CreatedAt, IntegrationWithoutFmUnlikely, Version) "
            + "VALUES ($id, $number, '1985-01-01', 0, 0, 0, 'ifk.bench', $at, 1, 0)", "$id", "$number", "$at");
        var @case = Command(connection, transaction,
            "INSERT INTO Cases (Id, Kind, CustomerId, State, CreatedAt, CreatedBy, ReferringCaseworker, MainCaseworker, UpdatedAt, Version, NextDueOn, NextDue, Bfm_ReviewCount) "
            + "VALUES ($id, 'bfm', $customer, $state, $at, 'ifk.bench', 'ifk.bench', $main, $at, 0, $due, $what, 0)",
            "$id", "$customer", "$state", "$at", "$main", "$due", "$what");
        var task = Command(connection, transaction,
            "INSERT INTO HumanTasks (Id, InstanceId, TokenId, CaseId, ElementId, Name, CandidateRole, Assignee, CreatedAt, DueAt, Status) "
            + "VALUES ($id, $instance, $token, $case, $element, $name, 'FM', $assignee, $at, $dueAt, 'Open')",
            "$id", "$instance", "$token", "$case", "$element", "$name", "$assignee", "$at", "$dueAt");
        var random = new Random(14);
        for (var i = 0; i < count; i++)
        {
            var customerId = Sequential(1, i);
            var caseId = Sequential(2, i);
            var at = Start.AddMinutes(i % 500_000);
            var intake = i % 10 < 4;
            Run(customer, customerId, string.Create(CultureInfo.InvariantCulture, $"{i % 1000:D3}B{i:D6}"), Text(at));
            var due = DateOnly.FromDateTime(Start).AddDays(random.Next(1, 180));
            Run(@case, caseId, customerId, intake ? "Referred" : "Steering", Text(at), FmName(i % Fms),
                intake ? null : due.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), intake ? null : "review");
            Run(task, Sequential(3, i), Sequential(4, i), Sequential(5, i), caseId,
                intake ? "Task_Intake" : "Task_Review", intake ? "Fallzugang prüfen" : "Überprüfung", intake ? null : FmName(i % Fms),
                Text(at), random.Next(3) == 0 ? null : Text(at.AddDays(random.Next(1, 60))));
        }

        await transaction.CommitAsync();
        await ExecuteAsync(connection, indexes.Select(index => index.Sql + ";"));
    }

    private static async Task<List<(string Name, string Sql)>> SecondaryIndexesAsync(SqliteConnection connection)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN ('Customers', 'Cases', 'HumanTasks')";
        var indexes = new List<(string, string)>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            indexes.Add((reader.GetString(0), reader.GetString(1)));
        }

        return indexes;
    }

    private static async Task ExecuteAsync(SqliteConnection connection, IEnumerable<string> statements)
    {
        foreach (var sql in statements)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            command.CommandTimeout = 0;
            await command.ExecuteNonQueryAsync();
        }
    }

    /// <summary>p50/p99 of <paramref name="rounds"/> reads of one page of 50, each in its own scope as a request would.</summary>
    public async Task<(Latencies Latencies, int Total)> InboxAsync(string scope, int rounds, int page = 1)
    {
        var latencies = new Latencies();
        var total = 0;
        for (var round = 0; round < rounds; round++)
        {
            var clock = Stopwatch.StartNew();
            await using var requestScope = services.CreateAsyncScope();
            var found = await requestScope.ServiceProvider.GetRequiredService<TaskInbox>()
                .ListAsync(Fm(round % Fms), scope, HumanTaskStatus.Open, null, page, 50, CancellationToken.None);
            latencies.Add(clock.Elapsed);
            total = found.Total;
        }

        return (latencies, total);
    }

    public async Task<(Latencies Latencies, int Total)> MyCasesAsync(string scope, int rounds, Actor? actor = null, int page = 1)
    {
        var latencies = new Latencies();
        var total = 0;
        for (var round = 0; round < rounds; round++)
        {
            var clock = Stopwatch.StartNew();
            await using var requestScope = services.CreateAsyncScope();
            var found = await requestScope.ServiceProvider.GetRequiredService<CaseList>()
                .ListAsync(actor ?? Fm(round % Fms), new CaseList.Filter(scope, null, null, page, 50), CancellationToken.None);
            latencies.Add(clock.Elapsed);
            total = found.Total;
        }

        return (latencies, total);
    }

    private static SqliteCommand Command(SqliteConnection connection, SqliteTransaction transaction, string sql, params string[] parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var name in parameters)
        {
            command.Parameters.Add(new SqliteParameter(name, null));
        }

        command.Prepare();
        return command;
    }

    private static void Run(SqliteCommand command, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i] ?? DBNull.Value;
        }

        command.ExecuteNonQuery();
    }

    /// <summary>Ascending ids (as EF writes a Guid on SQLite: upper-case text), so the primary keys grow at their end.</summary>
    private static string Sequential(int table, int row) =>
        string.Create(CultureInfo.InvariantCulture, $"{table:D8}-0000-4000-8000-{row:D12}");

    private static string Text(DateTime at) => at.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
}
