using Microsoft.Extensions.Primitives;

namespace CaseFlow.Host.Cases;

/// <summary>
/// Follows configuration reloads (e.g. an edited appsettings.json or a mounted file with <c>reloadOnChange</c>): when the
/// <c>Rules</c> section changed, the <see cref="RuleBook"/> takes the new sets; the background loop then moves the
/// timers that read them (<see cref="Engine.RuleChangeWatch"/>). A section that does not bind is logged and ignored.
/// </summary>
public sealed class RuleReload(RuleBook book, IConfiguration configuration, ILogger<RuleReload> logger) : IHostedService, IDisposable
{
    private IDisposable? subscription;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        subscription = ChangeToken.OnChange(configuration.GetReloadToken, Reload);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        subscription?.Dispose();
        subscription = null;
        return Task.CompletedTask;
    }

    public void Dispose() => subscription?.Dispose();

    private void Reload()
    {
        try
        {
            if (book.Reload(configuration))
            {
                logger.LogInformation("Rule sets reloaded from configuration");
            }
        }
        catch (InvalidOperationException e)
        {
            logger.LogError(e, "Reloaded rule sets are invalid; the previous rule sets stay in force");
        }
    }
}
