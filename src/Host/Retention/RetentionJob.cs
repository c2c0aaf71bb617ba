using CaseFlow.Workflows.Calendars;

namespace CaseFlow.Host.Retention;

/// <summary>
/// The daily retention job: every <see cref="RetentionOptions.CheckInterval"/> (on the app's <see cref="TimeProvider"/>)
/// it looks whether today's run is due (local time past <see cref="RetentionOptions.RunAt"/>) and runs it once. Every
/// host may run the job: the day's run row is unique, so only the first host runs it (<see cref="RetentionRunner"/>).
/// Registered only when <c>Retention:Enabled</c> and <c>Engine:BackgroundProcessing</c> are true.
/// </summary>
public sealed class RetentionJob(RetentionRunner runner, RetentionOptions options, JobcenterCalendar calendar, TimeProvider clock, ILogger<RetentionJob> logger)
    : BackgroundService
{
    private DateOnly? ranOn;

    /// <summary>One look: runs today's retention when due and not yet run here; true when this host ran it.</summary>
    public async Task<bool> TickAsync(CancellationToken cancellationToken)
    {
        var today = calendar.Today;
        if (ranOn == today || TimeOnly.FromTimeSpan(calendar.LocalTime(calendar.Now).TimeOfDay) < options.RunAt)
        {
            return false;
        }

        var run = await runner.RunScheduledAsync(cancellationToken);
        ranOn = today;
        return run is not null;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var ticker = new PeriodicTimer(options.CheckInterval, clock);
        do
        {
            try
            {
                await TickAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Retention run failed; trying again in {Interval}", options.CheckInterval);
            }
        }
        while (await ticker.WaitForNextTickAsync(stoppingToken));
    }
}
