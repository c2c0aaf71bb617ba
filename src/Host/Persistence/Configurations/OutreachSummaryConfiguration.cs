using CaseFlow.Host.Cases;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CaseFlow.Host.Persistence.Configurations;

internal sealed class OutreachSummaryConfiguration : IEntityTypeConfiguration<OutreachSummary>
{
    public const string CaseIndex = "IX_OutreachSummaries_CaseId_ReleasedAt";

    public void Configure(EntityTypeBuilder<OutreachSummary> builder)
    {
        builder.ToTable("OutreachSummaries");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Text).HasMaxLength(OutreachSummary.MaxLength);
        builder.Property(s => s.ReleasedBy).HasMaxLength(200);
        builder.HasIndex(s => new { s.CaseId, s.ReleasedAt }).HasDatabaseName(CaseIndex);
    }
}
