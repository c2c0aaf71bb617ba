using CaseFlow.Host.Retention;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CaseFlow.Host.Persistence.Configurations;

internal sealed class RetentionRunConfiguration : IEntityTypeConfiguration<RetentionRun>
{
    public void Configure(EntityTypeBuilder<RetentionRun> builder)
    {
        builder.ToTable("RetentionRuns");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Trigger).HasMaxLength(20);
        builder.Property(r => r.ScheduleKey).HasMaxLength(10);
        builder.Property(r => r.Actor).HasMaxLength(100);
        // One scheduled run per day across all hosts (NULLs, the manual runs, do not collide on either provider).
        builder.HasIndex(r => r.ScheduleKey).IsUnique();
        builder.HasIndex(r => r.StartedAt);
    }
}
