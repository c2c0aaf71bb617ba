using CaseFlow.Workflows.Customers;
using CaseFlow.Workflows.Rules.ContactDensity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CaseFlow.Host.Persistence.Configurations;

internal sealed class ContactSuspensionConfiguration : IEntityTypeConfiguration<ContactSuspension>
{
    public void Configure(EntityTypeBuilder<ContactSuspension> builder)
    {
        builder.ToTable("ContactSuspensions");
        builder.HasKey(s => s.Id);
        builder.HasOne<Customer>().WithMany().HasForeignKey(s => s.CustomerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(s => new { s.CustomerId, s.From });
        builder.Property(s => s.Kind).HasConversion<string>().HasMaxLength(30);
        builder.Property(s => s.Reason).HasMaxLength(1000);
        builder.Property(s => s.RecordedBy).HasMaxLength(100);
        builder.Property(s => s.EndedBy).HasMaxLength(100);
    }
}
