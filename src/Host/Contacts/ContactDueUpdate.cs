using CaseFlow.Host.ContactDensity;
using CaseFlow.Host.Persistence;
using CaseFlow.Workflows.Calendars;
using CaseFlow.Workflows.Contacts;
using CaseFlow.Workflows.Customers;
using CaseFlow.Workflows.Rules.ContactDensity;
using Microsoft.EntityFrameworkCore;

namespace CaseFlow.Host.Contacts;

/// <summary>
/// Recomputes a customer's maintained due date (<see cref="ContactDue"/>) in the caller's transaction: after a contact is
/// staged, the profile or unemployed status changes, or a suspension is recorded or ended. Reads the saved counting
/// contacts and suspensions plus those staged in this context, and the contact-density table in force today.
/// </summary>
public sealed class ContactDueUpdate(CaseFlowDbContext db, ContactDensityRules rules, JobcenterCalendar calendar)
{
    /// <summary>Sets <see cref="Customer.NextContactDueOn"/>, the cell and the last counting contact's day (not saved).</summary>
    public async Task StageAsync(Customer customer, CancellationToken cancellationToken)
    {
        var today = calendar.Today;
        var table = await rules.AtAsync(today, cancellationToken);
        await StageAsync(customer, table, today, cancellationToken);
    }

    /// <summary>As <see cref="StageAsync(Customer, CancellationToken)"/> with a table already read (the rule-version step).</summary>
    public async Task StageAsync(Customer customer, ContactDensityTable table, DateOnly today, CancellationToken cancellationToken)
    {
        var saved = await db.Contacts.AsNoTracking()
            .Where(c => c.CustomerId == customer.Id && c.Counts)
            .MaxAsync(c => (DateTime?)c.OccurredAt, cancellationToken);
        var staged = db.Contacts.Local.Where(c => c.CustomerId == customer.Id && c.Counts).Select(c => (DateTime?)c.OccurredAt).Max();
        DateTime? last = saved is null ? staged : staged is null ? saved : saved > staged ? saved : staged;
        var suspensions = await db.ContactSuspensions.Where(s => s.CustomerId == customer.Id).ToListAsync(cancellationToken);
        suspensions.AddRange(db.ContactSuspensions.Local.Where(s => s.CustomerId == customer.Id && !suspensions.Contains(s)));
        var lastOn = last is { } at ? calendar.DateOf(at) : (DateOnly?)null;
        var due = ContactDue.For(
            table, customer.BirthDate, customer.Profile, customer.Unemployed, calendar.DateOf(customer.CreatedAt), lastOn, suspensions, today);
        customer.SetContactDue(due?.DueOn, due?.Cell, lastOn);
    }
}
