using CaseFlow.Host.Messaging;

namespace CaseFlow.Host.Engine;

/// <summary>Polls due timers and pending messages while the process runs (off where <c>Engine:BackgroundProcessing</c> is false).</summary>
public sealed class EngineBackgroundService(
    TimerProcessor timers, MessageCorrelator messages, EngineOptions options, ILogger<EngineBackgroundService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var ticker = new PeriodicTimer(options.PollInterval);
        do
        {
            try
            {
                // Messages first: a delivery may create timers, a fired timer may send messages; both run again next tick.
                await messages.DeliverPendingAsync(stoppingToken);
                await timers.FireDueAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Engine background round failed; trying again in {Interval}", options.PollInterval);
            }
        }
        while (await ticker.WaitForNextTickAsync(stoppingToken));
    }
}
