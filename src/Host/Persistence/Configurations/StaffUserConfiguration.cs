using CaseFlow.Host.Auth;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CaseFlow.Host.Persistence.Configurations;

internal sealed class StaffUserConfiguration : IEntityTypeConfiguration<StaffUser>
{
    public void Configure(EntityTypeBuilder<StaffUser> builder)
    {
        builder.ToTable("StaffUsers");
        builder.HasKey(u => u.UserName);
        builder.Property(u => u.UserName).HasMaxLength(100);
        builder.Property(u => u.Roles).HasConversion(StringListConversion.Converter, StringListConversion.Comparer);
        builder.Property(u => u.DeputyFor).HasConversion(StringListConversion.Converter, StringListConversion.Comparer);
    }
}
