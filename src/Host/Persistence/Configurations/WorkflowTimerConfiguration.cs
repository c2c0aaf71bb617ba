using CaseFlow.Workflows.Engine;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CaseFlow.Host.Persistence.Configurations;

internal sealed class WorkflowTimerConfiguration : IEntityTypeConfiguration<WorkflowTimer>
{
    /// <summary>Shadow column: when a host's poller claimed the due timer and wrote its <c>TimerDue</c> message.</summary>
    public const string DispatchedAt = nameof(DispatchedAt);

    public void Configure(EntityTypeBuilder<WorkflowTimer> builder)
    {
        builder.ToTable("WorkflowTimers");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Id).ValueGeneratedNever();
        builder.Property<DateTime?>(DispatchedAt);
        builder.HasIndex(t => t.DueAt);
    }
}
