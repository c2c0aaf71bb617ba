using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using static CaseFlow.Host.Tests.Infrastructure.Api;
using static CaseFlow.Host.Tests.Infrastructure.Flow;

namespace CaseFlow.Host.Tests.ScaleOut;

/// <summary>Business steps through a Host's HTTP API (on the real clock) and the matching checks in the database.</summary>
public static class ScaleOutSteps
{
    /// <summary>An eligible customer's bFM case in Draft, opened by the IFK.</summary>
    public static async Task<Guid> DraftBfmCaseAsync(HttpClient ifk) =>
        await CreateBfmCaseAsync(ifk, await CreateEligibleCustomerAsync(ifk));

    /// <summary>Draft bFM cases opened in turn through the given clients (e.g. one IFK signed in on each host).</summary>
    public static async Task<List<Guid>> DraftBfmCasesAsync(IReadOnlyList<HttpClient> ifks, int count)
    {
        var cases = new List<Guid>();
        for (var n = 0; n < count; n++)
        {
            cases.Add(await DraftBfmCaseAsync(ifks[n % ifks.Count]));
        }

        return cases;
    }

    /// <summary>The IFK waives the referral: the case is Waived and <c>BfmWaived</c> goes to the outbox.</summary>
    public static async Task WaiveAsync(HttpClient ifk, Guid caseId)
    {
        var waived = await ActOkAsync(ifk, caseId, "waive", new { reason = "Kundin beginnt eine Qualifizierung" });
        Assert.Equal("Waived", waived["state"]!.GetValue<string>());
    }

    /// <summary>
    /// A referral case whose provider-referral instance waits for the provider's answer (HandoverConfirmed): an eligible
    /// customer's bFM case in Steering (ifk.meyer, fm.schulz), then the referral with the provider chosen.
    /// </summary>
    public static async Task<(Guid CaseId, Guid InstanceId)> ReferralAwaitingProviderAsync(HttpClient ifk, HttpClient fm)
    {
        var bfmCase = await DraftBfmCaseAsync(ifk);
        await ActOkAsync(ifk, bfmCase, "refer", new { data = new { consent = true } });
        await ActOkAsync(fm, bfmCase, "accept", new { data = new { workingAlliance = true } });
        await ActOkAsync(fm, bfmCase, "complete-assessment");
        var due = DateOnly.FromDateTime(DateTime.UtcNow).AddMonths(3).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        await ActOkAsync(fm, bfmCase, "agree-plan", new { data = new { planType = "Kooperationsplan", agreedWithCustomer = true, nextReviewDue = due } });

        var customerId = (await GetCaseAsync(fm, bfmCase))["customerId"]!.GetValue<Guid>();
        var created = await fm.PostAsJsonAsync("/api/cases", new { customerId, kind = "referral" });
        Assert.True(created.StatusCode == HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var caseId = (await ReadAsync(created))["id"]!.GetValue<Guid>();
        var instanceId = await InstanceOfAsync(fm, caseId, "provider-referral");
        await CompleteAtAsync(fm, caseId, "Task_ChooseProvider", new { provider = "sucht-mitte", targetGroup = "Suchtkranke", voluntary = true });
        Assert.Equal("AwaitingProvider", await CaseStateAsync(fm, caseId));
        Assert.Equal(["Gateway_ProviderAnswer"], await WaitingAtAsync(fm, instanceId));
        return (caseId, instanceId);
    }

    /// <summary>The instance's journal actions (GET /api/instances/{id}).</summary>
    public static async Task<List<string>> InstanceJournalAsync(HttpClient client, Guid instanceId) =>
        (await InstanceAsync(client, instanceId))["journal"]!.AsArray().Select(j => j!["action"]!.GetValue<string>()).ToList();

    /// <summary>The workflow instances of a case (GET /api/cases/{id}/instances).</summary>
    public static async Task<JsonArray> CaseInstancesAsync(HttpClient client, Guid caseId)
    {
        var response = await client.GetAsync($"/api/cases/{caseId}/instances");
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"instances of case {caseId}: {(int)response.StatusCode} {body}");
        return JsonNode.Parse(body)!.AsArray();
    }

    /// <summary>The case's <c>bfm-recheck</c> instances (GET /api/cases/{id}/instances), without its default <c>bfm-referral</c>.</summary>
    public static async Task<JsonArray> RecheckInstancesAsync(HttpClient client, Guid caseId) =>
        new([.. (await CaseInstancesAsync(client, caseId)).Where(i => i!["definitionKey"]!.GetValue<string>() == "bfm-recheck").Select(i => i!.DeepClone())]);

    /// <summary>The outbox rows about a case that carry the message (by contract name or as a generic workflow message's name).</summary>
    public static Task<List<Dictionary<string, object?>>> OutboxRowsAsync(ScaleOutDatabase db, Guid caseId, string messageName) =>
        db.RowsAsync(
            """
            SELECT "Id", "MessageType", "Status"::text AS "Status", "Attempts" FROM "OutboxMessages"
            WHERE "Payload" LIKE '%' || @case || '%'
              AND ("MessageType" = @name OR ("MessageType" = 'WorkflowMessage' AND "Payload" LIKE '%"' || @name || '"%'))
            ORDER BY "CreatedAt"
            """,
            ("case", caseId.ToString()),
            ("name", messageName));

    /// <summary>The one outbox row about the case carrying the message; fails when there are none or several.</summary>
    public static async Task<(Guid Id, string? Status)> SingleOutboxRowAsync(ScaleOutDatabase db, Guid caseId, string messageName)
    {
        var rows = await OutboxRowsAsync(db, caseId, messageName);
        Assert.True(rows.Count == 1, $"expected one outbox row {messageName} for case {caseId}, found {rows.Count}");
        return ((Guid)rows[0]["Id"]!, ScaleOutDatabase.StatusName(rows[0]["Status"]));
    }

    /// <summary>How many consumers recorded the message as processed (InboxMessages rows).</summary>
    public static Task<long> InboxRowsAsync(ScaleOutDatabase db, Guid messageId) =>
        db.CountAsync("""SELECT COUNT(*) FROM "InboxMessages" WHERE "MessageId" = @id""", ("id", messageId));

    /// <summary>The workflow instances of a case in the database: id, definition key, status, version.</summary>
    public static Task<List<Dictionary<string, object?>>> InstancesOfCaseAsync(ScaleOutDatabase db, Guid caseId) =>
        db.RowsAsync("""SELECT "Id", "DefinitionKey", "Status", "Version" FROM "WorkflowInstances" WHERE "CaseId" = @case ORDER BY "StartedAt" """, ("case", caseId));

    /// <summary>The case's <c>bfm-recheck</c> instances in the database (a waiver's message starts them; the default <c>bfm-referral</c> runs beside them).</summary>
    public static Task<List<Dictionary<string, object?>>> RecheckInstancesOfCaseAsync(ScaleOutDatabase db, Guid caseId) =>
        db.RowsAsync(
            """SELECT "Id", "DefinitionKey", "Status", "Version" FROM "WorkflowInstances" WHERE "CaseId" = @case AND "DefinitionKey" = 'bfm-recheck' ORDER BY "StartedAt" """,
            ("case", caseId));

    /// <summary>Journal lines (JournalEntries) of a subject.</summary>
    public static Task<long> JournalCountAsync(ScaleOutDatabase db, string subjectType, Guid subjectId) =>
        db.CountAsync("""SELECT COUNT(*) FROM "JournalEntries" WHERE "SubjectType" = @type AND "SubjectId" = @id""", ("type", subjectType), ("id", subjectId));

    public static async Task<string> QueuesTextAsync(RabbitMqBroker broker, string vhost) =>
        string.Join("; ", (await broker.QueuesAsync(vhost)).Select(q => $"{q.Name} ready={q.Ready} unacked={q.Unacknowledged} consumers={q.Consumers}"));
}
