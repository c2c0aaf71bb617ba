using CaseFlow.Workflows.Engine;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CaseFlow.Host.Persistence.Configurations;

internal sealed class WorkflowInstanceConfiguration : IEntityTypeConfiguration<WorkflowInstance>
{
    /// <summary>Shadow column: true when the instance was started at the none start event of a workflow that runs once per case.</summary>
    public const string OnePerCase = "OnePerCase";

    public const string OnePerCaseIndex = "IX_WorkflowInstances_OnePerCase";

    /// <summary>Plain SQL both providers read the same way (a bare boolean column is a condition on both).</summary>
    public const string OnePerCaseFilter = "\"Status\" = 'Running' AND \"OnePerCase\"";

    public void Configure(EntityTypeBuilder<WorkflowInstance> builder)
    {
        builder.ToTable("WorkflowInstances");
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Id).ValueGeneratedNever();
        builder.Property(i => i.DefinitionKey).HasMaxLength(64);
        builder.Property(i => i.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(i => i.Version).IsConcurrencyToken();
        builder.HasIndex(i => i.CaseId);

        // One running instance per case and key for workflows that run once per case (InstanceRunner sets the flag):
        // the database refuses the second of two concurrent starts, on SQLite and PostgreSQL alike.
        builder.Property<bool>(OnePerCase);
        builder.HasIndex(nameof(WorkflowInstance.CaseId), nameof(WorkflowInstance.DefinitionKey))
            .HasDatabaseName(OnePerCaseIndex).IsUnique().HasFilter(OnePerCaseFilter);
        builder.HasMany(i => i.Tokens).WithOne().HasForeignKey(t => t.InstanceId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(i => i.Tasks).WithOne().HasForeignKey(t => t.InstanceId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(i => i.Timers).WithOne().HasForeignKey(t => t.InstanceId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(i => i.Subscriptions).WithOne().HasForeignKey(s => s.InstanceId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(i => i.Incidents).WithOne().HasForeignKey(s => s.InstanceId).OnDelete(DeleteBehavior.Cascade);
    }
}
