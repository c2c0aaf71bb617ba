using CaseFlow.Host.Providers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CaseFlow.Host.Persistence.Configurations;

internal sealed class ProviderApiKeyConfiguration : IEntityTypeConfiguration<ProviderApiKey>
{
    public void Configure(EntityTypeBuilder<ProviderApiKey> builder)
    {
        builder.ToTable("ProviderApiKeys");
        builder.HasKey(k => k.Id);
        builder.Property(k => k.Id).ValueGeneratedNever();
        builder.HasOne<Provider>().WithMany().HasForeignKey(k => k.ProviderId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(k => k.Label).HasMaxLength(100);
        builder.Property(k => k.Prefix).HasMaxLength(ApiKeySecret.PrefixLength);
        builder.Property(k => k.Hash).HasMaxLength(64);
        builder.HasIndex(k => k.Hash).IsUnique();
        builder.Ignore(k => k.IsRevoked);
    }
}
