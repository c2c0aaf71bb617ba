using CaseFlow.Host.Providers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CaseFlow.Host.Persistence.Configurations;

internal sealed class ProviderConfiguration : IEntityTypeConfiguration<Provider>
{
    public void Configure(EntityTypeBuilder<Provider> builder)
    {
        builder.ToTable("Providers");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.Key).HasMaxLength(40);
        builder.HasIndex(p => p.Key).IsUnique();
        builder.Property(p => p.Name).HasMaxLength(200);
        builder.Property(p => p.Kind).HasMaxLength(40);
        builder.Property(p => p.TargetGroups).HasConversion(StringListConversion.Converter, StringListConversion.Comparer);
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.OwnsOne(p => p.Agreement, agreement =>
        {
            agreement.Property(a => a.SharedFields).HasConversion(StringListConversion.Converter, StringListConversion.Comparer);
            agreement.Property(a => a.Reference).HasMaxLength(100);
        });
        builder.Navigation(p => p.Agreement).IsRequired();
    }
}
