using CaseFlow.Host.Contacts;
using CaseFlow.Host.Engine;
using CaseFlow.Host.Messaging;
using CaseFlow.Host.Messaging.Consumers;
using CaseFlow.Host.Messaging.Outbox;
using CaseFlow.Host.Referrals;

namespace CaseFlow.Host.Polling;

/// <summary>
/// The host's background loop: every <see cref="EngineOptions.PollInterval"/> it does the work that has come due, in
/// one round: at start moves date-based timers stored under another calendar (<see cref="CalendarTimerCheck"/>), moves the timers that read changed rule values (<see cref="RuleChangeWatch"/>, at start and after a
/// rule change), dispatches due workflow timers, relays the outbox to the bus, looks again at correlated messages that
/// waited for a subscriber, every <see cref="EngineOptions.ReportWatchInterval"/> looks for overdue provider reports,
/// recomputes contact due dates when a new contact-density version takes effect (<see cref="ContactDueRefresh"/>), once a day raises the
/// contacts that fell due (<see cref="ContactDueWatch"/>) and, hourly, deletes old processed outbox and inbox rows. Off where <c>Engine:BackgroundProcessing</c> is false
/// (tests drive each job by hand). Every host may run it at once: each job claims its rows.
/// </summary>
public sealed class DueWorkPoller(
    CalendarTimerCheck calendarCheck,
    RuleChangeWatch ruleChanges,
    TimerDispatcher timers,
    OutboxRelay relay,
    MailboxPoller mailbox,
    MessageHousekeeping housekeeping,
    ReportOverdueWatch reportWatch,
    ContactDueRefresh contactDues,
    ContactDueWatch contactDueWatch,
    EngineOptions options,
    TimeProvider clock,
    ILogger<DueWorkPoller> logger)
    : BackgroundService
{
    private static readonly TimeSpan HousekeepingInterval = TimeSpan.FromHours(1);
    private DateTimeOffset nextHousekeeping = DateTimeOffset.MinValue;
    private DateTimeOffset nextReportWatch = DateTimeOffset.MinValue;

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
        try
        {
            await calendarCheck.RunAsync(stoppingToken);
            await ruleChanges.RunAsync(stoppingToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Timers must still fire when moving them fails; the watch tries again next round.
            logger.LogError(e, "Moving the timers after a rule change failed; trying again in {Interval}", options.PollInterval);
        }

        await timers.DispatchDueAsync(stoppingToken);
        await relay.PublishAllPendingAsync(stoppingToken);

        await mailbox.RetryWaitingAsync(stoppingToken);
        await contactDues.RunAsync(stoppingToken);
        await contactDueWatch.RunAsync(stoppingToken);
        if (clock.GetUtcNow() >= nextReportWatch)
        {
            nextReportWatch = clock.GetUtcNow() + options.ReportWatchInterval;
            await reportWatch.RunAsync(stoppingToken);
        }

        if (clock.GetUtcNow() >= nextHousekeeping)
        {
            nextHousekeeping = clock.GetUtcNow() + HousekeepingInterval;
            await housekeeping.DeleteProcessedAsync(stoppingToken);
        }
    }
}
