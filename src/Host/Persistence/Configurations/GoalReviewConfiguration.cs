using CaseFlow.Workflows.Goals;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CaseFlow.Host.Persistence.Configurations;

internal sealed class GoalReviewConfiguration : IEntityTypeConfiguration<GoalReview>
{
    public void Configure(EntityTypeBuilder<GoalReview> builder)
    {
        builder.ToTable("GoalReviews");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Outcome).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.Decision).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.Note).HasMaxLength(GoalLimits.ReviewNote);
        builder.Property(r => r.ReviewedBy).HasMaxLength(100);
        builder.HasIndex(r => r.GoalId);
    }
}
