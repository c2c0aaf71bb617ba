using System.Diagnostics;
using CaseFlow.Host.Engine;
using CaseFlow.Host.Workflows;
using CaseFlow.Workflows.Access;
using Microsoft.Extensions.DependencyInjection;

namespace CaseFlow.Bench;

/// <summary>One benchmark cycle per instance: start it (one commit), complete its task (one commit).</summary>
internal sealed class Cycle(IServiceProvider services, Actor actor)
{
    public async Task RunAsync(int count, Latencies starts, Latencies completions)
    {
        for (var i = 0; i < count; i++)
        {
            var watch = Stopwatch.StartNew();
            Guid instanceId;
            Guid taskId;
            await using (var scope = services.CreateAsyncScope())
            {
                var workflow = await scope.ServiceProvider.GetRequiredService<WorkflowDefinitions>().FindPublishedAsync("bench-cycle", null, CancellationToken.None)
                    ?? throw new InvalidOperationException("bench-cycle is not published.");
                var runner = scope.ServiceProvider.GetRequiredService<InstanceRunner>();
                var instance = await runner.StartAsync(workflow, null, [], actor, null, CancellationToken.None);
                await runner.SaveAsync(CancellationToken.None);
                (instanceId, taskId) = (instance.Id, instance.Tasks.Single().Id);
            }

            starts.Add(watch.Elapsed);
            watch.Restart();
            await using (var scope = services.CreateAsyncScope())
            {
                var runner = scope.ServiceProvider.GetRequiredService<InstanceRunner>();
                await runner.StepAsync(instanceId, actor, (engine, instance) => engine.CompleteTask(instance, taskId, []), CancellationToken.None);
                await runner.SaveAsync(CancellationToken.None);
            }

            completions.Add(watch.Elapsed);
        }
    }
}
