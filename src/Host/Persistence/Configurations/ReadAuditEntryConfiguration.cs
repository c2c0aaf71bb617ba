using CaseFlow.Host.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CaseFlow.Host.Persistence.Configurations;

internal sealed class ReadAuditEntryConfiguration : IEntityTypeConfiguration<ReadAuditEntry>
{
    public const string CustomerIndex = "IX_ReadAudit_CustomerId_At";

    public const string ActorIndex = "IX_ReadAudit_Actor_At";

    public const string AtIndex = "IX_ReadAudit_At";

    public void Configure(EntityTypeBuilder<ReadAuditEntry> builder)
    {
        builder.ToTable("ReadAudit");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Actor).HasMaxLength(200);
        builder.Property(r => r.Route).HasMaxLength(200);
        builder.Property(r => r.DataClasses).HasMaxLength(200);
        builder.Property(r => r.Fields).HasMaxLength(1000);
        builder.Property(r => r.Purpose).HasMaxLength(200);
        builder.HasIndex(r => new { r.CustomerId, r.At }).HasDatabaseName(CustomerIndex);
        builder.HasIndex(r => new { r.Actor, r.At }).HasDatabaseName(ActorIndex);
        builder.HasIndex(r => r.At).HasDatabaseName(AtIndex);
    }
}
