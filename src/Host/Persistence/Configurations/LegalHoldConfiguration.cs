using CaseFlow.Host.Retention;
using CaseFlow.Workflows.Customers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CaseFlow.Host.Persistence.Configurations;

internal sealed class LegalHoldConfiguration : IEntityTypeConfiguration<LegalHold>
{
    public void Configure(EntityTypeBuilder<LegalHold> builder)
    {
        builder.ToTable("LegalHolds");
        builder.HasKey(h => h.Id);
        builder.Property(h => h.Reason).HasMaxLength(LegalHold.ReasonMaxLength);
        builder.Property(h => h.LiftReason).HasMaxLength(LegalHold.ReasonMaxLength);
        builder.Property(h => h.SetBy).HasMaxLength(100);
        builder.Property(h => h.LiftedBy).HasMaxLength(100);
        builder.Ignore(h => h.IsActive);
        // The retention job asks "has this customer an active hold?" for every candidate case.
        builder.HasIndex(h => new { h.CustomerId, h.LiftedAt });
        builder.HasOne<Customer>().WithMany().HasForeignKey(h => h.CustomerId).OnDelete(DeleteBehavior.Restrict);
    }
}
