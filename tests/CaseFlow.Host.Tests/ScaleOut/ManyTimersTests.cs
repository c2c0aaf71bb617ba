using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using Xunit.Abstractions;
using static CaseFlow.Host.Tests.Infrastructure.Api;
using static CaseFlow.Host.Tests.ScaleOut.ScaleOutSteps;

namespace CaseFlow.Host.Tests.ScaleOut;

/// <summary>Two Hosts poll the same timers: every timer fires exactly once, none is lost and none fires twice.</summary>
public sealed class ManyTimersTests(ITestOutputHelper output) : ScaleOutTest(output)
{
    private const string Key = "scaleout-timer";
    private const int Instances = 500;
    private const int Parallel = 8;

    /// <summary>start → timer (a few seconds, so all instances are started before the first is due) → end; no case.</summary>
    private const string Workflow = $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:cf="urn:caseflow:bpmn:1" id="Defs" targetNamespace="urn:test">
          <bpmn:process id="{Key}" name="Scale-out timer">
            <bpmn:startEvent id="Start" />
            <bpmn:intermediateCatchEvent id="Timer_Wait" name="kurz warten">
              <bpmn:timerEventDefinition><bpmn:timeDuration>PT20S</bpmn:timeDuration></bpmn:timerEventDefinition>
            </bpmn:intermediateCatchEvent>
            <bpmn:endEvent id="End" />
            <bpmn:sequenceFlow id="Flow_1" sourceRef="Start" targetRef="Timer_Wait" />
            <bpmn:sequenceFlow id="Flow_2" sourceRef="Timer_Wait" targetRef="End" />
          </bpmn:process>
        </bpmn:definitions>
        """;

    private readonly ITestOutputHelper output = output;

    [Fact]
    public async Task Five_hundred_timers_on_two_hosts_each_fire_exactly_once()
    {
        var a = await Cluster.StartHostAsync("A");
        var b = await Cluster.StartHostAsync("B");
        var ownerA = await a.SignInAsync("owner.process");
        var ownerB = await b.SignInAsync("owner.process");
        await PublishAsync(ownerA);

        var watch = Stopwatch.StartNew();
        var started = await StartInstancesAsync([ownerA, ownerB]);
        output.WriteLine($"{Instances} instances started in {watch.Elapsed.TotalSeconds:0.0} s");
        Assert.Equal(Instances, started.Distinct().Count());
        Assert.Equal(Instances, await Db.CountAsync("""SELECT COUNT(*) FROM "WorkflowTimers" t JOIN "WorkflowInstances" i ON i."Id" = t."InstanceId" WHERE i."DefinitionKey" = @key""", ("key", Key)));

        await Cluster.EventuallyAsync(
            $"all {Instances} instances completed",
            TimeSpan.FromSeconds(90),
            async () => await CompletedAsync() == Instances,
            async () => $"{await CompletedAsync()} completed; {await QueuesTextAsync(Cluster.Broker, Cluster.Vhost)}");
        output.WriteLine($"all completed after {watch.Elapsed.TotalSeconds:0.0} s");
        await Cluster.QueuesDrainedAsync("no late TimerDue");

        Assert.Equal(Instances, await Db.CountAsync("""SELECT COUNT(*) FROM "WorkflowInstances" WHERE "DefinitionKey" = @key""", ("key", Key)));
        Assert.Equal(Instances, await CompletedAsync());
        var fired = await JournalPerInstanceAsync("timer.fired");
        Assert.Equal(Instances, fired.Count);
        Assert.Empty(fired.Where(f => f.Count != 1).Select(f => $"{f.InstanceId} fired {f.Count} times"));
        Assert.Equal(started.Order(), fired.Select(f => f.InstanceId).Order());
        var completed = await JournalPerInstanceAsync("instance.completed");
        Assert.Equal(Instances, completed.Count);
        Assert.All(completed, c => Assert.Equal(1, c.Count));
        Assert.Equal(0, await Db.CountAsync("""SELECT COUNT(*) FROM "WorkflowTimers" """));

        // One TimerDue per timer (no timer claimed by both Hosts), each sent, each processed once.
        Assert.Equal(Instances, await Db.CountAsync("""SELECT COUNT(*) FROM "OutboxMessages" WHERE "MessageType" = 'TimerDue'"""));
        Assert.Equal(Instances, await Db.CountAsync($"""SELECT COUNT(*) FROM "OutboxMessages" WHERE "MessageType" = 'TimerDue' AND {ScaleOutDatabase.IsSentSql}"""));
        Assert.Equal(Instances, await Db.CountAsync(
            """SELECT COUNT(*) FROM "InboxMessages" WHERE "MessageId" IN (SELECT "Id" FROM "OutboxMessages" WHERE "MessageType" = 'TimerDue')"""));
        Assert.True(a.IsRunning && b.IsRunning, Cluster.Diagnostics());
    }

    private static async Task PublishAsync(HttpClient owner)
    {
        var upload = await owner.PostAsync("/api/workflows", new StringContent(Workflow, Encoding.UTF8, "application/xml"));
        Assert.True(upload.StatusCode == HttpStatusCode.Created, $"upload: {(int)upload.StatusCode} {await upload.Content.ReadAsStringAsync()}");
        var publish = await owner.PostAsync($"/api/workflows/{Key}/publish", null);
        Assert.True(publish.StatusCode == HttpStatusCode.OK, $"publish: {(int)publish.StatusCode} {await publish.Content.ReadAsStringAsync()}");
    }

    /// <summary>Starts the instances, <see cref="Parallel"/> at a time, alternating between the Hosts.</summary>
    private static async Task<List<Guid>> StartInstancesAsync(HttpClient[] clients)
    {
        using var gate = new SemaphoreSlim(Parallel);
        var starts = Enumerable.Range(0, Instances).Select(async n =>
        {
            await gate.WaitAsync();
            try
            {
                var response = await clients[n % clients.Length].PostAsJsonAsync($"/api/workflows/{Key}/instances", new { variables = new { n } });
                var body = await ReadAsync(response);
                Assert.True(response.StatusCode == HttpStatusCode.Created, $"start {n}: {(int)response.StatusCode} {body}");
                return body["id"]!.GetValue<Guid>();
            }
            finally
            {
                gate.Release();
            }
        });
        return [.. await Task.WhenAll(starts)];
    }

    private Task<long> CompletedAsync() =>
        Db.CountAsync("""SELECT COUNT(*) FROM "WorkflowInstances" WHERE "DefinitionKey" = @key AND "Status" = 'Completed'""", ("key", Key));

    private async Task<List<(Guid InstanceId, long Count)>> JournalPerInstanceAsync(string action) =>
        (await Db.RowsAsync(
            """
            SELECT j."SubjectId" AS "InstanceId", COUNT(*) AS "Count" FROM "JournalEntries" j
            JOIN "WorkflowInstances" i ON i."Id" = j."SubjectId"
            WHERE j."SubjectType" = 'instance' AND j."Action" = @action AND i."DefinitionKey" = @key
            GROUP BY j."SubjectId"
            """,
            ("action", action),
            ("key", Key)))
        .Select(r => ((Guid)r["InstanceId"]!, (long)r["Count"]!))
        .ToList();
}
