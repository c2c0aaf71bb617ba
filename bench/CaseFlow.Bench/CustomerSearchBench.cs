using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using CaseFlow.Host.Customers;
using CaseFlow.Host.Persistence;
using CaseFlow.Workflows.Access;
using CaseFlow.Workflows.Customers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CaseFlow.Bench;

/// <summary>
/// The customer search (GET /api/customers?q= without HTTP) over many customers: 200 IFKs are responsible for an
/// equal share, every tenth customer has a bFM case whose FM is one of 50 FMs. Each query reads the first page of
/// 50 with the total, in its own scope as a request would.
/// </summary>
internal sealed class CustomerSearchBench(IServiceProvider services)
{
    private static readonly string[] FamilyNames =
    [
        "Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schulz", "Hoffmann",
        "Schäfer", "Koch", "Bauer", "Richter", "Klein", "Wolf", "Schröder", "Neumann", "Schwarz", "Zimmermann",
        "Braun", "Krüger", "Hofmann", "Hartmann", "Lange", "Schmitt", "Werner", "Schmitz", "Krause", "Meier",
        "Lehmann", "Schmid", "Schulze", "Maier", "Köhler", "Herrmann", "König", "Walter", "Mayer", "Huber",
        "Kaiser", "Fuchs", "Peters", "Lang", "Scholz", "Möller", "Weiß", "Jung", "Hahn", "Vogel",
    ];

    private static readonly string[] GivenNames =
    [
        "Anna", "Emma", "Mia", "Sophie", "Lea", "Marie", "Hannah", "Lena", "Jörg", "Paul",
        "Ben", "Lukas", "Jonas", "Elias", "Felix", "Leon", "Noah", "Max", "Zoë", "Özlem",
    ];

    public async Task SeedAsync(int count)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CaseFlowDbContext>();
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await using var customers = Command(connection, transaction,
            """INSERT INTO "Customers" ("Id","CustomerNumber","GivenName","FamilyName","FamilyNameKey","GivenNameKey","BirthDate","SeverelyDisabled","EqualStatus","Rehabilitant","ResponsibleCaseworker","CreatedAt","IntegrationWithoutFmUnlikely","Version") VALUES ($id,$number,$given,$family,$familyKey,$givenKey,'1985-01-01',0,0,0,$ifk,'2026-01-01 00:00:00',0,0)""",
            "$id", "$number", "$given", "$family", "$familyKey", "$givenKey", "$ifk");
        await using var cases = Command(connection, transaction,
            """INSERT INTO "Cases" ("Id","Kind","CustomerId","State","CreatedAt","CreatedBy","ReferringCaseworker","MainCaseworker","UpdatedAt","Version") VALUES ($id,'bfm',$customer,'Steering','2026-01-01 00:00:00',$ifk,$ifk,$fm,'2026-01-01 00:00:00',0)""",
            "$id", "$customer", "$ifk", "$fm");
        for (var i = 0; i < count; i++)
        {
            var id = Guid.NewGuid().ToString().ToUpperInvariant();
            // Family names get a number suffix so a prefix of 4+ letters narrows like real names do (about 1,000 distinct families).
            var variant = i / 10_000 % 20;
            var family = $"{FamilyNames[i % FamilyNames.Length]}{(variant == 0 ? string.Empty : ToLetters(variant))}";
            var given = GivenNames[i / 7 % GivenNames.Length];
            var ifk = $"ifk.{i / FamilyNames.Length % 200:D3}";
            Set(customers, id, $"{i % 900 + 100}{(char)('A' + i / 900 % 26)}{i:D6}"[..10], given, family, SearchKeys.Fold(family + given), SearchKeys.Fold(given + family), ifk);
            await customers.ExecuteNonQueryAsync();
            if (i % 10 == 0)
            {
                Set(cases, Guid.NewGuid().ToString().ToUpperInvariant(), id, ifk, $"fm.{i / 10 % 50:D2}");
                await cases.ExecuteNonQueryAsync();
            }
        }

        await transaction.CommitAsync();
        await using var analyze = connection.CreateCommand();
        analyze.CommandText = "ANALYZE";
        await analyze.ExecuteNonQueryAsync();
    }

    /// <summary>Runs the query <paramref name="rounds"/> times as <paramref name="actor"/>; the total as the API gives it ("over N" when capped).</summary>
    public async Task<(Latencies Latencies, string Total)> SearchAsync(Actor actor, string q, int rounds)
    {
        var latencies = new Latencies();
        var total = string.Empty;
        for (var round = 0; round < rounds; round++)
        {
            var clock = Stopwatch.StartNew();
            await using var scope = services.CreateAsyncScope();
            var (page, _) = await scope.ServiceProvider.GetRequiredService<CustomerSearch>().FindAsync(actor, q, 1, 50, CancellationToken.None);
            total = page!.TotalLimited ? $"over {page.Total}" : page.Total.ToString(CultureInfo.InvariantCulture);
            latencies.Add(clock.Elapsed);
        }

        return (latencies, total);
    }

    private static string ToLetters(int n) => ((char)('a' + n)).ToString(CultureInfo.InvariantCulture) + "er";

    private static DbCommand Command(DbConnection connection, DbTransaction transaction, string sql, params string[] names)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var name in names)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            command.Parameters.Add(parameter);
        }

        command.Prepare();
        return command;
    }

    private static void Set(DbCommand command, params string[] values)
    {
        for (var index = 0; index < values.Length; index++)
        {
            command.Parameters[index].Value = values[index];
        }
    }
}
