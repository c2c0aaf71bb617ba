using CaseFlow.Workflows.Customers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CaseFlow.Host.Persistence.Configurations;

internal sealed class CustomerConfiguration : IEntityTypeConfiguration<Customer>
{
    public void Configure(EntityTypeBuilder<Customer> builder)
    {
        builder.ToTable("Customers");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.CustomerNumber).HasMaxLength(40);
        builder.HasIndex(c => c.CustomerNumber).IsUnique();
        builder.Property(c => c.Profile).HasConversion<string>().HasMaxLength(4);
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.Ignore(c => c.NeedsIfkAsSecondary);
        builder.OwnsMany(c => c.ActionNeeds, needs =>
        {
            needs.ToTable("CustomerActionNeeds");
            needs.WithOwner().HasForeignKey("CustomerId");
            needs.HasKey(n => n.Id);
            needs.Property(n => n.Id).ValueGeneratedNever();
        });
    }
}
