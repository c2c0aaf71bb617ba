using CaseFlow.Host.Workflows;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CaseFlow.Host.Persistence.Configurations;

internal sealed class CaseKindDefaultConfiguration : IEntityTypeConfiguration<CaseKindDefault>
{
    public void Configure(EntityTypeBuilder<CaseKindDefault> builder)
    {
        builder.ToTable("CaseKindDefaults");
        builder.HasKey(d => d.Kind);
        builder.Property(d => d.Kind).HasMaxLength(20);
        builder.Property(d => d.WorkflowKey).HasMaxLength(63);
        builder.Property(d => d.SetBy).HasMaxLength(100);
    }
}
