using System.Text.Json;
using CaseFlow.Host.Api;
using CaseFlow.Host.Cases;
using CaseFlow.Host.Persistence;
using CaseFlow.Workflows.Access;
using CaseFlow.Workflows.Cases;
using CaseFlow.Workflows.Cases.Lifecycle;
using CaseFlow.Workflows.Cases.Referral;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace CaseFlow.Host.Providers;

/// <summary>
/// The hand-overs of one provider: only referral cases made to it exist for it (another provider's id is "not
/// found", never "forbidden"); its answers go through the referral lifecycle like any action.
/// </summary>
public sealed class ProviderHandovers(
    CaseFlowDbContext db, ProviderDirectory directory, CaseLifecycles lifecycles, CaseOutcomeWriter outcomes, TimeProvider clock)
{
    private static readonly string[] OpenStates = [nameof(ReferralState.AwaitingProvider), nameof(ReferralState.Active)];

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>The provider's open hand-overs (awaiting confirmation or active), oldest referral first, one page.</summary>
    public async Task<(IReadOnlyList<HandoverView> Page, int Total)> OpenAsync(string providerKey, int page, int pageSize, CancellationToken cancellationToken)
    {
        var query = db.Cases.AsNoTracking()
            .Where(c => c.Kind == CaseKinds.Referral && c.Referral!.Provider == providerKey && OpenStates.Contains(c.State));
        var total = await query.CountAsync(cancellationToken);
        var cases = await query.OrderBy(c => c.Referral!.ReferredAt).ThenBy(c => c.Id)
            .Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(cancellationToken);
        return (await ViewsAsync(cases, providerKey, cancellationToken), total);
    }

    /// <summary>One hand-over of the provider, or 404.</summary>
    public async Task<Results<Ok<HandoverView>, ProblemHttpResult>> GetAsync(string providerKey, Guid id, CancellationToken cancellationToken) =>
        await FindAsync(providerKey, id, tracked: false, cancellationToken) is { } @case
            ? TypedResults.Ok((await ViewsAsync([@case], providerKey, cancellationToken))[0])
            : NotFound(id);

    /// <summary>
    /// Takes a provider action (<c>provider-confirm</c>, <c>provider-decline</c>, <c>report</c>) on one of its
    /// hand-overs: 404 for any other id, 409 when the referral's state does not allow it, nothing saved on error.
    /// </summary>
    public async Task<(Case? Case, ProblemHttpResult? Problem)> ActAsync(
        string providerKey, Guid id, string action, object data, string? reason, CancellationToken cancellationToken)
    {
        if (await FindAsync(providerKey, id, tracked: true, cancellationToken) is not { } @case)
        {
            return (null, NotFound(id));
        }

        var customer = await db.Customers.FirstAsync(c => c.Id == @case.CustomerId, cancellationToken);
        var scene = new CaseScene(@case, customer, ProviderActors.For(providerKey), Now)
        {
            Providers = await directory.CatalogAsync(cancellationToken),
        };
        try
        {
            var input = new ActionInput(reason, null, JsonSerializer.SerializeToElement(data));
            outcomes.Stage(lifecycles.For(@case).Perform(scene, action, input));
        }
        catch (TriggerRefusedException refused)
        {
            var state = HandoverView.StateName(refused.State);
            return (null, Problems.Conflict(
                RefusalText(refused, state),
                new Dictionary<string, object?> { ["state"] = state, ["unmetGuards"] = refused.UnmetGuards }));
        }
        catch (ActionInputException invalid)
        {
            // The lifecycle names the action's data fields (data.summary); the provider sent them at the top level.
            return (null, Problems.Invalid(TopLevel(invalid.Field), TopLevel(invalid.Message)));
        }

        await db.SaveChangesAsync(cancellationToken);
        return (@case, null);
    }

    public async Task<HandoverView> ViewAsync(Case @case, string providerKey, CancellationToken cancellationToken) =>
        (await ViewsAsync([@case], providerKey, cancellationToken))[0];

    private Task<Case?> FindAsync(string providerKey, Guid id, bool tracked, CancellationToken cancellationToken) =>
        (tracked ? db.Cases : db.Cases.AsNoTracking())
            .FirstOrDefaultAsync(c => c.Id == id && c.Kind == CaseKinds.Referral && c.Referral!.Provider == providerKey, cancellationToken);

    private async Task<IReadOnlyList<HandoverView>> ViewsAsync(IReadOnlyList<Case> cases, string providerKey, CancellationToken cancellationToken)
    {
        var terms = await directory.TermsAsync(providerKey, cancellationToken)
            ?? throw new InvalidOperationException("The calling provider is not registered.");
        var customerIds = cases.Select(c => c.CustomerId).Distinct().ToList();
        var customers = await db.Customers.AsNoTracking().Where(c => customerIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, cancellationToken);
        var managers = cases.Select(c => c.MainCaseworker).Distinct().ToList();
        var names = await db.StaffUsers.AsNoTracking().Where(u => managers.Contains(u.UserName))
            .ToDictionaryAsync(u => u.UserName, u => u.DisplayName, cancellationToken);
        var today = DateOnly.FromDateTime(Now);
        return cases.Select(c => HandoverView.Of(c, customers[c.CustomerId], terms, names.GetValueOrDefault(c.MainCaseworker) ?? c.MainCaseworker, today)).ToList();
    }

    /// <summary>Why the hand-over refuses the call, in the provider's terms: the state it is in, or the rule that failed.</summary>
    private static string RefusalText(TriggerRefusedException refused, string state)
    {
        var rules = refused.UnmetGuards.Where(g => g.Guard != "state").Select(g => g.Message).ToList();
        if (rules.Count > 0)
        {
            return string.Join(" ", rules);
        }

        var why = state switch
        {
            "awaitingConfirmation" => "sie ist noch nicht bestätigt (confirm first)",
            "active" => "sie ist bereits bestätigt (already confirmed)",
            "declined" => "sie wurde abgelehnt (declined)",
            "ended" => "sie ist beendet (ended)",
            _ => "ihr Zustand lässt es nicht zu",
        };
        return $"'{refused.Trigger}' ist für diese Übergabe im Zustand '{state}' nicht möglich: {why}.";
    }

    private static string TopLevel(string text) => text.Replace("data.", "", StringComparison.Ordinal);

    private static ProblemHttpResult NotFound(Guid id) =>
        Problems.NotFound($"Übergabe {id} nicht gefunden (not found): es gibt keine Übergabe mit dieser Id an Ihren Träger.");
}
