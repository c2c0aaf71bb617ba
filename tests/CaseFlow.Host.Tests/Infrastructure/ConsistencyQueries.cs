namespace CaseFlow.Host.Tests.Infrastructure;

/// <summary>
/// The consistency rules of the engine's tables as SQL that runs unchanged on SQLite and PostgreSQL. Each query
/// lists the ids (as text, column <c>Value</c>) that break its rule; a consistent database answers every query with no row.
/// </summary>
public static class ConsistencyQueries
{
    private const string NoOpenTask = """NOT EXISTS (SELECT 1 FROM "HumanTasks" t WHERE t."TokenId" = k."Id" AND t."Status" = 'Open')""";
    private const string NoSubscription = """NOT EXISTS (SELECT 1 FROM "MessageSubscriptions" s WHERE s."TokenId" = k."Id")""";
    private const string NoTimer = """NOT EXISTS (SELECT 1 FROM "WorkflowTimers" w WHERE w."TokenId" = k."Id")""";
    private const string NoOpenIncident = """NOT EXISTS (SELECT 1 FROM "Incidents" n WHERE n."TokenId" = k."Id" AND n."ResolvedAt" IS NULL)""";
    private const string OnlyJoins = """NOT EXISTS (SELECT 1 FROM "WorkflowTokens" o WHERE o."InstanceId" = k."InstanceId" AND o."Wait" <> 'Join')""";

    public static readonly IReadOnlyDictionary<string, string> Rules = new Dictionary<string, string>
    {
        ["task without its instance"] = """
            SELECT CAST(t."Id" AS TEXT) AS "Value" FROM "HumanTasks" t
            WHERE NOT EXISTS (SELECT 1 FROM "WorkflowInstances" i WHERE i."Id" = t."InstanceId")
            """,
        ["open task whose token no longer waits"] = """
            SELECT CAST(t."Id" AS TEXT) AS "Value" FROM "HumanTasks" t
            WHERE t."Status" = 'Open' AND NOT EXISTS (SELECT 1 FROM "WorkflowTokens" k WHERE k."Id" = t."TokenId")
            """,
        ["running instance without a waiting token"] = """
            SELECT CAST(i."Id" AS TEXT) AS "Value" FROM "WorkflowInstances" i
            WHERE i."Status" = 'Running' AND NOT EXISTS (SELECT 1 FROM "WorkflowTokens" k WHERE k."InstanceId" = i."Id")
            """,
        ["ended instance with tokens, open tasks, timers or subscriptions left"] = """
            SELECT CAST(i."Id" AS TEXT) AS "Value" FROM "WorkflowInstances" i
            WHERE i."Status" <> 'Running' AND (
                EXISTS (SELECT 1 FROM "WorkflowTokens" k WHERE k."InstanceId" = i."Id")
                OR EXISTS (SELECT 1 FROM "HumanTasks" t WHERE t."InstanceId" = i."Id" AND t."Status" = 'Open')
                OR EXISTS (SELECT 1 FROM "WorkflowTimers" w WHERE w."InstanceId" = i."Id")
                OR EXISTS (SELECT 1 FROM "MessageSubscriptions" s WHERE s."InstanceId" = i."Id"))
            """,
        ["token waiting on nothing (no task, timer, subscription, incident or other branch)"] = $"""
            SELECT CAST(k."Id" AS TEXT) AS "Value" FROM "WorkflowTokens" k
            WHERE (k."Wait" = 'UserTask' AND {NoOpenTask})
               OR (k."Wait" = 'Message' AND {NoSubscription})
               OR (k."Wait" = 'Timer' AND {NoTimer})
               OR (k."Wait" = 'EventGateway' AND {NoTimer} AND {NoSubscription})
               OR (k."Wait" = 'Incident' AND {NoOpenIncident})
               OR (k."Wait" = 'Join' AND {OnlyJoins})
            """,
        ["instance of a case that does not exist"] = """
            SELECT CAST(i."Id" AS TEXT) AS "Value" FROM "WorkflowInstances" i
            WHERE i."CaseId" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "Cases" c WHERE c."Id" = i."CaseId")
            """,
    };

    /// <summary>Runs every rule with <paramref name="query"/> and returns the broken ones with their ids, empty when consistent.</summary>
    public static async Task<List<string>> BrokenAsync(Func<string, Task<List<string>>> query)
    {
        var broken = new List<string>();
        foreach (var (rule, sql) in Rules)
        {
            var ids = await query(sql);
            if (ids.Count > 0)
            {
                broken.Add($"{rule}: {string.Join(", ", ids.Take(10))}{(ids.Count > 10 ? $" (+{ids.Count - 10})" : "")}");
            }
        }

        return broken;
    }
}
