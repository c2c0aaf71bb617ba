using System.Text.Json;
using CaseFlow.Host.Cases;
using CaseFlow.Host.Messaging.Outbox;
using CaseFlow.Host.Persistence;
using CaseFlow.Workflows.Calendars;
using CaseFlow.Workflows.Cases;
using Microsoft.EntityFrameworkCore;
using ContactDueMessage = CaseFlow.Host.Messaging.Contracts.ContactDue;

namespace CaseFlow.Host.Contacts;

/// <summary>
/// The daily contact-due job: for every customer whose maintained due date is today or earlier and who has no follow-up
/// for that due date yet, one transaction stages a follow-up for the responsible caseworker ("Kontakt fällig", due on
/// the due date), <see cref="ContactDueMessage"/> and a journal line on the customer. The unique key (customer, due
/// date) of follow-ups makes a second run, or a second host, add nothing. Runs on the first round of each calendar day.
/// </summary>
public sealed class ContactDueWatch(IServiceScopeFactory scopes, JobcenterCalendar calendar)
{
    public const string Reason = "Kontakt fällig (Kontaktdichte)";
    public const string JournalAction = "contact-due";
    public const string Actor = "system";
    private const int BatchSize = 200;
    private DateOnly? ranOn;

    /// <summary>Runs once per calendar day (<paramref name="force"/>: again); returns the follow-ups raised.</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken, bool force = false)
    {
        var today = calendar.Today;
        if (ranOn == today && !force)
        {
            return 0;
        }

        var raised = 0;
        List<(Guid Id, DateOnly Due)> batch;
        var after = Guid.Empty;
        do
        {
            await using (var scope = scopes.CreateAsyncScope())
            {
                var db = scope.ServiceProvider.GetRequiredService<CaseFlowDbContext>();
                var rows = await db.Customers.AsNoTracking()
                    .Where(c => c.NextContactDueOn <= today && c.Id.CompareTo(after) > 0
                        && !db.FollowUps.Any(f => f.CustomerId == c.Id && f.ContactDueOn == c.NextContactDueOn))
                    .OrderBy(c => c.Id).Take(BatchSize)
                    .Select(c => new { c.Id, Due = c.NextContactDueOn!.Value })
                    .ToListAsync(cancellationToken);
                batch = [.. rows.Select(r => (r.Id, r.Due))];
            }

            foreach (var (id, due) in batch)
            {
                raised += await RaiseAsync(id, due, cancellationToken) ? 1 : 0;
                after = id;
            }
        }
        while (batch.Count == BatchSize);

        ranOn = today;
        return raised;
    }

    private async Task<bool> RaiseAsync(Guid customerId, DateOnly due, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CaseFlowDbContext>();
        var customer = await db.Customers.AsNoTracking().FirstAsync(c => c.Id == customerId, cancellationToken);
        var now = calendar.Now;
        var followUp = new FollowUp
        {
            CaseId = null,
            CustomerId = customerId,
            Assignee = customer.ResponsibleCaseworker,
            DueAt = calendar.StartOf(due),
            Reason = Reason,
            ContactDueOn = due,
            CreatedAt = now,
            CreatedBy = Actor,
        };
        scope.ServiceProvider.GetRequiredService<CaseOutcomeWriter>().StageFollowUp(followUp);
        scope.ServiceProvider.GetRequiredService<OutboxWriter>().Publish(new ContactDueMessage(customerId, customer.ResponsibleCaseworker, due, followUp.Id));
        db.Journal.Add(new JournalEntry
        {
            At = now,
            Actor = Actor,
            SubjectType = "customer",
            SubjectId = customerId,
            Action = JournalAction,
            Reason = $"Nächster Kontakt fällig am {due:dd.MM.yyyy} ({customer.ContactRuleCell}): Wiedervorlage für {customer.ResponsibleCaseworker}.",
            Data = JsonSerializer.Serialize(new { dueOn = due, followUpId = followUp.Id, ruleCell = customer.ContactRuleCell }),
        });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException e) when (UniqueViolation.Is(e))
        {
            return false;
        }
    }
}
