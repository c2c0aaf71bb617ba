using CaseFlow.Host.Audit;
using CaseFlow.Host.Auth;
using CaseFlow.Host.Cases;
using CaseFlow.Host.ContactDensity;
using CaseFlow.Host.Messaging.Consumers;
using CaseFlow.Host.Messaging.Outbox;
using CaseFlow.Host.Providers;
using CaseFlow.Host.Retention;
using CaseFlow.Host.Workflows;
using CaseFlow.Workflows.Cases;
using CaseFlow.Workflows.Contacts;
using CaseFlow.Workflows.Customers;
using CaseFlow.Workflows.Engine;
using CaseFlow.Workflows.Goals;
using CaseFlow.Workflows.Rules.ContactDensity;
using Microsoft.EntityFrameworkCore;

namespace CaseFlow.Host.Persistence;

/// <summary>The one database of CaseFlow; SQLite by default, PostgreSQL for scale.</summary>
public sealed class CaseFlowDbContext(DbContextOptions<CaseFlowDbContext> options) : DbContext(options)
{
    public DbSet<Customer> Customers => Set<Customer>();

    public DbSet<Case> Cases => Set<Case>();

    public DbSet<JournalEntry> Journal => Set<JournalEntry>();

    public DbSet<FollowUp> FollowUps => Set<FollowUp>();

    public DbSet<Contact> Contacts => Set<Contact>();

    public DbSet<StaffUser> StaffUsers => Set<StaffUser>();

    public DbSet<WorkflowInstance> WorkflowInstances => Set<WorkflowInstance>();

    public DbSet<HumanTask> HumanTasks => Set<HumanTask>();

    public DbSet<WorkflowTimer> WorkflowTimers => Set<WorkflowTimer>();

    public DbSet<MessageSubscription> MessageSubscriptions => Set<MessageSubscription>();

    public DbSet<Notification> Notifications => Set<Notification>();

    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();

    public DbSet<InboxMessage> InboxMessages => Set<InboxMessage>();

    public DbSet<WorkflowMessageRecord> WorkflowMessages => Set<WorkflowMessageRecord>();

    public DbSet<WorkflowDefinition> WorkflowDefinitions => Set<WorkflowDefinition>();

    public DbSet<CaseKindDefault> CaseKindDefaults => Set<CaseKindDefault>();

    public DbSet<Provider> Providers => Set<Provider>();

    public DbSet<ProviderApiKey> ProviderApiKeys => Set<ProviderApiKey>();

    public DbSet<DevelopmentGoal> DevelopmentGoals => Set<DevelopmentGoal>();

    public DbSet<ContactDensityVersion> ContactDensityVersions => Set<ContactDensityVersion>();

    public DbSet<ContactSuspension> ContactSuspensions => Set<ContactSuspension>();

    public DbSet<LegalHold> LegalHolds => Set<LegalHold>();

    public DbSet<RetentionRun> RetentionRuns => Set<RetentionRun>();

    /// <summary>The read audit: append-only (<see cref="SaveChangesAsync"/> refuses to change or delete a row).</summary>
    public DbSet<ReadAuditEntry> ReadAudit => Set<ReadAuditEntry>();

    public DbSet<OutreachSummary> OutreachSummaries => Set<OutreachSummary>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(CaseFlowDbContext).Assembly);

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Every DateTime is UTC; SQLite hands them back unspecified, so say so on the way in.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<UtcDateTimeConverter>();
    }

    /// <summary>Increments the concurrency version of every changed case, customer and workflow instance, so a stale write fails.</summary>
    public override Task<int> SaveChangesAsync(CancellationToken cancellationToken = default)
    {
        if (ChangeTracker.Entries<ReadAuditEntry>().Any(e => e.State is EntityState.Modified or EntityState.Deleted))
        {
            throw new InvalidOperationException("The read audit is append-only: its rows are never changed or deleted.");
        }

        foreach (var entry in ChangeTracker.Entries<Case>().Where(e => e.State == EntityState.Modified))
        {
            entry.Entity.Version++;
        }

        foreach (var entry in ChangeTracker.Entries<Customer>().Where(e => e.State == EntityState.Modified))
        {
            entry.Entity.Version++;
        }

        // The engine counts its own steps; other changes (a claim) only touch the row, so count them here.
        foreach (var entry in ChangeTracker.Entries<WorkflowInstance>()
                     .Where(e => e.State == EntityState.Modified && !e.Property(i => i.Version).IsModified))
        {
            entry.Entity.Version++;
        }

        return base.SaveChangesAsync(cancellationToken);
    }
}
