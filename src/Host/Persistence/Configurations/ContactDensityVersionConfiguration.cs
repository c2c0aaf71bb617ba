using CaseFlow.Host.ContactDensity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CaseFlow.Host.Persistence.Configurations;

internal sealed class ContactDensityVersionConfiguration : IEntityTypeConfiguration<ContactDensityVersion>
{
    public void Configure(EntityTypeBuilder<ContactDensityVersion> builder)
    {
        builder.ToTable("ContactDensityVersions");
        builder.HasKey(v => v.Id);
        builder.HasIndex(v => v.Number).IsUnique();
        builder.Property(v => v.Cells).HasMaxLength(8000);
        builder.Property(v => v.CreatedBy).HasMaxLength(100);
        builder.Property(v => v.Reason).HasMaxLength(1000);
    }
}
