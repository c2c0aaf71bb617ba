using CaseFlow.Workflows.Engine;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CaseFlow.Host.Persistence.Configurations;

internal sealed class HumanTaskConfiguration : IEntityTypeConfiguration<HumanTask>
{
    public void Configure(EntityTypeBuilder<HumanTask> builder)
    {
        builder.ToTable("HumanTasks");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Id).ValueGeneratedNever();
        builder.Property(t => t.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(t => t.CandidateRole).HasMaxLength(100);
        builder.Property(t => t.Assignee).HasMaxLength(100);
        builder.HasIndex(t => new { t.Status, t.CandidateRole });
        builder.HasIndex(t => new { t.Status, t.Assignee });
        builder.HasIndex(t => t.CaseId);
    }
}
