using CaseFlow.Host.Audit;
using CaseFlow.Host.Cases;
using CaseFlow.Host.Persistence;
using CaseFlow.Workflows.Access;
using CaseFlow.Workflows.Calendars;
using CaseFlow.Workflows.Cases;
using CaseFlow.Workflows.Cases.Referral;
using CaseFlow.Workflows.Customers;
using Microsoft.EntityFrameworkCore;

namespace CaseFlow.Host.Providers;

/// <summary>
/// The hand-overs of one provider: only referral cases made to it exist for it (another provider's id is "not
/// found", never "forbidden", see <see cref="HandoverScope"/>); its answers are case actions (<see cref="CaseActions"/>).
/// </summary>
public sealed class ProviderHandovers(
    CaseFlowDbContext db, ProviderDirectory directory, JobcenterCalendar calendar, ReadAudit audit)
{
    /// <summary>The purpose recorded with a provider's read of needs for action.</summary>
    public const string AuditPurpose = "Übergabe an Träger (hand-over)";

    private static readonly string[] OpenStates = [nameof(ReferralState.AwaitingProvider), nameof(ReferralState.Active)];

    private DateTime Now => calendar.Now;

    /// <summary>The provider's open hand-overs (awaiting confirmation or active), oldest referral first, one page.</summary>
    public async Task<(IReadOnlyList<HandoverView> Page, int Total)> OpenAsync(string providerKey, int page, int pageSize, CancellationToken cancellationToken)
    {
        var query = db.Cases.AsNoTracking().MadeTo(providerKey).Where(c => OpenStates.Contains(c.State));
        var total = await query.CountAsync(cancellationToken);
        var cases = await query.OrderBy(c => c.Referral!.ReferredAt).ThenBy(c => c.Id)
            .Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(cancellationToken);
        return (await ViewsAsync(cases, providerKey, "GET /api/provider/handovers", cancellationToken), total);
    }

    /// <summary>One hand-over of the provider, or null when there is none with this id made to it.</summary>
    public async Task<HandoverView?> GetAsync(string providerKey, Guid id, CancellationToken cancellationToken) =>
        await FindAsync(providerKey, id, cancellationToken) is { } @case
            ? (await ViewsAsync([@case], providerKey, "GET /api/provider/handovers/{id}", cancellationToken))[0]
            : null;

    public async Task<HandoverView> ViewAsync(Case @case, string providerKey, CancellationToken cancellationToken) =>
        (await ViewsAsync([@case], providerKey, "POST /api/provider/handovers/{id}", cancellationToken))[0];

    private Task<Case?> FindAsync(string providerKey, Guid id, CancellationToken cancellationToken) =>
        db.Cases.AsNoTracking().MadeTo(providerKey).FirstOrDefaultAsync(c => c.Id == id, cancellationToken);

    private async Task<IReadOnlyList<HandoverView>> ViewsAsync(
        IReadOnlyList<Case> cases, string providerKey, string route, CancellationToken cancellationToken)
    {
        var terms = await directory.TermsAsync(providerKey, cancellationToken)
            ?? throw new InvalidOperationException("The calling provider is not registered.");
        var customerIds = cases.Select(c => c.CustomerId).Distinct().ToList();
        var customers = await db.Customers.AsNoTracking().Where(c => customerIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, cancellationToken);
        var managers = cases.Select(c => c.MainCaseworker).Distinct().ToList();
        var names = await db.StaffUsers.AsNoTracking().Where(u => managers.Contains(u.UserName))
            .ToDictionaryAsync(u => u.UserName, u => u.DisplayName, cancellationToken);
        var today = calendar.DateOf(Now);
        var views = cases.Select(c => HandoverView.Of(c, customers[c.CustomerId], terms, names.GetValueOrDefault(c.MainCaseworker) ?? c.MainCaseworker, today)).ToList();
        var reads = cases.Zip(views)
            .Where(pair => pair.Second.Customer.ActionNeeds is { Count: > 0 })
            .Select(pair => ReadOf(pair.Second, customers[pair.First.CustomerId]))
            .ToList();
        await audit.SaveAsync(ProviderActors.For(providerKey), route, reads, AuditPurpose, cancellationToken);
        return views;
    }

    /// <summary>A provider's read of needs for action: F, and health data when a health-related need was shared.</summary>
    private static ReadAudit.Read ReadOf(HandoverView view, Customer customer)
    {
        var health = customer.ActionNeeds.Any(n => HealthRelatedNeeds.ConsentItemOf(n) is { } item && view.SharedFields.Contains(item));
        IReadOnlyList<string> classes = health ? [NeedToKnow.Name(CaseDataClass.FmFile), ReadAuditClasses.HealthNeeds] : [NeedToKnow.Name(CaseDataClass.FmFile)];
        return new ReadAudit.Read(customer.Id, view.Id, classes, view.SharedFields);
    }
}
