using System.Text.Json;
using CaseFlow.Host.Persistence;
using CaseFlow.Host.Persistence.Configurations;
using CaseFlow.Workflows.Cases;
using CaseFlow.Workflows.Customers;
using CaseFlow.Workflows.Goals;
using Microsoft.EntityFrameworkCore;

namespace CaseFlow.Host.Retention;

/// <summary>
/// Anonymises one customer in one transaction once every case is: names become <see cref="Anonymised.Name"/>, the
/// customer number <see cref="Anonymised.CustomerNumber"/>, the birth date the 1 January of its year, the disability
/// flags false, the action needs are deleted, no contact falls due any more; the notes of contacts, the texts of goals,
/// interventions, reviews, suspensions, follow-ups, legal holds and the customer's journal lines are cleared. Profile,
/// dates, counts and the caseworker stay. False when the customer is no longer due or changed meanwhile.
/// </summary>
public sealed class CustomerAnonymiser(CaseFlowDbContext db, RetentionPlanner planner)
{
    public async Task<bool> AnonymiseAsync(Guid customerId, DateOnly on, RetentionRun run, DateTime now, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (!await planner.CustomersDue(on, countDueCases: false).AnyAsync(c => c.Id == customerId, cancellationToken))
        {
            return false;
        }

        var customer = await db.Customers.FirstAsync(c => c.Id == customerId, cancellationToken);
        var entry = db.Entry(customer);
        entry.Property(RetentionMarkConfiguration.AnonymisedAt).CurrentValue = now;
        entry.Property(c => c.CustomerNumber).CurrentValue = Anonymised.CustomerNumber(customerId);
        entry.Property(c => c.GivenName).CurrentValue = Anonymised.Name;
        entry.Property(c => c.FamilyName).CurrentValue = Anonymised.Name;
        entry.Property(c => c.FamilyNameKey).CurrentValue = SearchKeys.Fold(Anonymised.Name + Anonymised.Name);
        entry.Property(c => c.GivenNameKey).CurrentValue = SearchKeys.Fold(Anonymised.Name + Anonymised.Name);
        entry.Property(c => c.BirthDate).CurrentValue = new DateOnly(customer.BirthDate.Year, 1, 1);
        entry.Property(c => c.SeverelyDisabled).CurrentValue = false;
        entry.Property(c => c.EqualStatus).CurrentValue = false;
        entry.Property(c => c.Rehabilitant).CurrentValue = false;
        customer.ActionNeeds.Clear();
        customer.SetContactDue(null, null, customer.LastCountingContactOn);

        await db.Contacts.Where(c => c.CustomerId == customerId).ExecuteUpdateAsync(s => s.SetProperty(c => c.Note, (string?)null), cancellationToken);
        await db.ContactSuspensions.Where(c => c.CustomerId == customerId).ExecuteUpdateAsync(s => s.SetProperty(c => c.Reason, Anonymised.Text), cancellationToken);
        await db.FollowUps.Where(f => f.CustomerId == customerId).ExecuteUpdateAsync(s => s.SetProperty(f => f.Reason, Anonymised.Text), cancellationToken);
        var goals = db.DevelopmentGoals.Where(g => g.CustomerId == customerId);
        await goals.ExecuteUpdateAsync(s => s.SetProperty(g => g.Description, Anonymised.Text), cancellationToken);
        await db.Set<GoalIntervention>().Where(i => goals.Any(g => g.Id == i.GoalId))
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.Description, Anonymised.Text), cancellationToken);
        await db.Set<GoalReview>().Where(r => goals.Any(g => g.Id == r.GoalId))
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.Note, (string?)null), cancellationToken);
        await db.LegalHolds.Where(h => h.CustomerId == customerId)
            .ExecuteUpdateAsync(s => s.SetProperty(h => h.Reason, Anonymised.Text).SetProperty(h => h.LiftReason, Anonymised.Text), cancellationToken);
        await db.Journal.Where(j => j.SubjectType == "customer" && j.SubjectId == customerId)
            .ExecuteUpdateAsync(s => s.SetProperty(j => j.Reason, (string?)null).SetProperty(j => j.Note, (string?)null).SetProperty(j => j.Data, (string?)null), cancellationToken);

        db.Journal.Add(new JournalEntry
        {
            At = now,
            Actor = run.Actor,
            SubjectType = "customer",
            SubjectId = customerId,
            Action = Anonymised.JournalAction,
            Data = JsonSerializer.Serialize(new { runId = run.Id }),
        });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return false;
        }

        await transaction.CommitAsync(cancellationToken);
        return true;
    }
}
