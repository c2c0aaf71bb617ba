using CaseFlow.Host.Cases;
using CaseFlow.Workflows.Calendars;
using CaseFlow.Workflows.Rules;
using Microsoft.EntityFrameworkCore;

namespace CaseFlow.Host.Engine;

/// <summary>
/// Notices when the rule values in force differ from those this host last brought to the timers: at the host's start,
/// after a configuration reload (<see cref="Cases.RuleReload"/>) and on the day a dated rule set takes effect. Then it
/// lets <see cref="RuleTimerRearming"/> move the timers that read them (one transaction per change). Run by the
/// background loop before timers are dispatched. Every host may run it: moving is idempotent, and a concurrent change
/// of an instance (another host, a step) makes the commit fail, which is retried on fresh data.
/// </summary>
public sealed class RuleChangeWatch(RuleBook book, IServiceScopeFactory scopes, JobcenterCalendar calendar, ILogger<RuleChangeWatch> logger)
{
    private const int Attempts = 3;
    private RuleSets? swept;

    /// <summary>Moves the timers when the rule values changed since the last run (or this is the first); returns how many instances moved.</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var now = calendar.Now;
        var current = book.At(calendar.DateOf(now));
        if (Reason(current) is not { } reason)
        {
            return 0;
        }

        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var moved = await scope.ServiceProvider.GetRequiredService<RuleTimerRearming>().RearmAsync(current, reason, now, cancellationToken);
                swept = current;
                if (moved > 0)
                {
                    logger.LogInformation("Rule values changed: the timers of {Count} running instances moved", moved);
                }

                return moved;
            }
            catch (DbUpdateConcurrencyException) when (attempt < Attempts)
            {
                logger.LogInformation("An instance changed while its timers were moved; reading again (attempt {Attempt})", attempt + 1);
            }
        }
    }

    private string? Reason(RuleSets current)
    {
        if (swept is null)
        {
            return "Regelwerte beim Start des Hosts geprüft (rule values checked at host start)";
        }

        var changes = RuleValues.Changes(swept, current);
        return changes.Count == 0 ? null : $"Regeländerung (rule change): {string.Join("; ", changes)}";
    }
}
