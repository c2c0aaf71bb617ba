using CaseFlow.Host.Messaging.Consumers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CaseFlow.Host.Persistence.Configurations;

internal sealed class WorkflowMessageConfiguration : IEntityTypeConfiguration<WorkflowMessageRecord>
{
    public void Configure(EntityTypeBuilder<WorkflowMessageRecord> builder)
    {
        builder.ToTable("WorkflowMessages");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Id).ValueGeneratedNever();
        builder.Property(m => m.Name).HasMaxLength(100);
        builder.Property(m => m.CorrelationKey).HasMaxLength(200);
        builder.Property(m => m.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(m => m.TraceParent).HasMaxLength(OutboxMessageConfiguration.TraceParentLength);
        builder.HasIndex(m => new { m.Status, m.ReceivedAt });
    }
}
