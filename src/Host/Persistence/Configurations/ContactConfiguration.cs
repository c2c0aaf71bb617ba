using CaseFlow.Workflows.Contacts;
using CaseFlow.Workflows.Customers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CaseFlow.Host.Persistence.Configurations;

internal sealed class ContactConfiguration : IEntityTypeConfiguration<Contact>
{
    /// <summary>The customer's contacts, newest first (the list) and the missed ones after the last reaching contact.</summary>
    public const string CustomerIndex = "IX_Contacts_CustomerId_OccurredAt";

    /// <summary>The last counting contact of a customer (the due list of part 3 reads it from the index alone).</summary>
    public const string CountingIndex = "IX_Contacts_CustomerId_Counts_OccurredAt";

    public void Configure(EntityTypeBuilder<Contact> builder)
    {
        builder.ToTable("Contacts");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Outcome).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.NoteType).HasConversion<string>().HasMaxLength(40);
        builder.Property(c => c.Channel).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.Note).HasMaxLength(ContactTexts.MaxNoteLength);
        builder.Property(c => c.RecordedBy).HasMaxLength(100);
        builder.HasIndex(c => new { c.CustomerId, c.OccurredAt }).HasDatabaseName(CustomerIndex);
        builder.HasIndex(c => new { c.CustomerId, c.Counts, c.OccurredAt }).HasDatabaseName(CountingIndex);
        builder.HasOne<Customer>().WithMany().HasForeignKey(c => c.CustomerId).OnDelete(DeleteBehavior.Cascade);
    }
}
