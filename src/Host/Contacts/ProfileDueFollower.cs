using CaseFlow.Host.Persistence;
using CaseFlow.Workflows.Customers;
using Microsoft.EntityFrameworkCore;

namespace CaseFlow.Host.Contacts;

/// <summary>
/// After a case action (through the Cases API, a bound task or a workflow's <c>case.fire</c>) changed the customer's
/// profile or unemployed status, e.g. the final profile a bFM exit writes back, the customer's contact due date follows in
/// the same unit of work (<see cref="ContactDueUpdate"/>), so it is saved with the action or not at all.
/// </summary>
public sealed class ProfileDueFollower(CaseFlowDbContext db, ContactDueUpdate dues)
{
    /// <summary>Recomputes the due date (not saved) when the tracked customer's profile or unemployed status changed.</summary>
    public async Task StageAsync(Customer customer, CancellationToken cancellationToken)
    {
        var entry = db.Entry(customer);
        if (entry.State == EntityState.Modified
            && (entry.Property(c => c.Profile).IsModified || entry.Property(c => c.Unemployed).IsModified))
        {
            await dues.StageAsync(customer, cancellationToken);
        }
    }
}
