using CaseFlow.Host.Messaging;

namespace CaseFlow.Host.Engine;

/// <summary>
/// The host's poller (off where <c>Engine:BackgroundProcessing</c> is false): dispatches due timers, relays the
/// outbox to the bus and looks again at messages that waited for a subscriber. Every host may run it at once.
/// </summary>
public sealed class EngineBackgroundService(
    TimerDispatcher timers, OutboxRelay relay, MailboxPoller mailbox, EngineOptions options, ILogger<EngineBackgroundService> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var ticker = new PeriodicTimer(options.PollInterval);
        do
        {
            try
            {
                await RoundAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Engine background round failed; trying again in {Interval}", options.PollInterval);
            }
        }
        while (await ticker.WaitForNextTickAsync(stoppingToken));
    }

    private async Task RoundAsync(CancellationToken stoppingToken)
    {
        await timers.DispatchDueAsync(stoppingToken);
        // A full batch means more is waiting: relay again at once instead of waiting a tick.
        while (await relay.PublishPendingAsync(stoppingToken) >= OutboxRelay.BatchSize)
        {
        }

        await mailbox.RetryWaitingAsync(stoppingToken);
    }
}
