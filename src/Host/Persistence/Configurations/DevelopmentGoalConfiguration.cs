using CaseFlow.Host.Goals;
using CaseFlow.Workflows.Customers;
using CaseFlow.Workflows.Goals;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CaseFlow.Host.Persistence.Configurations;

internal sealed class DevelopmentGoalConfiguration : IEntityTypeConfiguration<DevelopmentGoal>
{
    public void Configure(EntityTypeBuilder<DevelopmentGoal> builder)
    {
        builder.ToTable("DevelopmentGoals");
        builder.HasKey(g => g.Id);
        builder.Property(g => g.ResourceArea).HasMaxLength(40);
        builder.Property(g => g.Description).HasMaxLength(GoalLimits.Description);
        builder.Property(g => g.Coach).HasMaxLength(100);
        builder.Property(g => g.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(g => g.Version).IsConcurrencyToken();
        builder.Ignore(g => g.IsActive);
        builder.Ignore(g => g.CurrentInterventions);

        // One active goal per customer, also for two concurrent requests: the second insert breaks this index (409).
        builder.HasIndex(g => g.CustomerId).IsUnique().HasFilter(ActiveGoals.IndexFilter).HasDatabaseName(ActiveGoals.IndexName);
        // The customer's goals, newest first (GET /api/customers/{id}/goals).
        builder.HasIndex(g => new { g.CustomerId, g.CreatedAt });
        builder.HasOne<Customer>().WithMany().HasForeignKey(g => g.CustomerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(g => g.Interventions).WithOne().HasForeignKey(i => i.GoalId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(g => g.Reviews).WithOne().HasForeignKey(r => r.GoalId).OnDelete(DeleteBehavior.Cascade);
    }
}
