using CaseFlow.Workflows.Engine;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CaseFlow.Host.Persistence.Configurations;

internal sealed class MessageSubscriptionConfiguration : IEntityTypeConfiguration<MessageSubscription>
{
    public void Configure(EntityTypeBuilder<MessageSubscription> builder)
    {
        builder.ToTable("MessageSubscriptions");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.MessageName).HasMaxLength(100);
        builder.Property(s => s.CorrelationKey).HasMaxLength(200);
        builder.HasIndex(s => new { s.MessageName, s.CorrelationKey });
    }
}
