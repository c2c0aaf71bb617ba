using CaseFlow.Workflows.Cases;
using CaseFlow.Workflows.Goals;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CaseFlow.Host.Persistence.Configurations;

internal sealed class GoalInterventionConfiguration : IEntityTypeConfiguration<GoalIntervention>
{
    public void Configure(EntityTypeBuilder<GoalIntervention> builder)
    {
        builder.ToTable("GoalInterventions");
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(i => i.Description).HasMaxLength(GoalLimits.InterventionDescription);
        builder.Property(i => i.CreatedBy).HasMaxLength(100);
        builder.HasIndex(i => i.GoalId);
        builder.HasIndex(i => i.CaseId);
        builder.HasOne<Case>().WithMany().HasForeignKey(i => i.CaseId).OnDelete(DeleteBehavior.Restrict);
    }
}
