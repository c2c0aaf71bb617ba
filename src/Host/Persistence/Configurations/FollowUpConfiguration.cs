using CaseFlow.Workflows.Cases;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CaseFlow.Host.Persistence.Configurations;

internal sealed class FollowUpConfiguration : IEntityTypeConfiguration<FollowUp>
{
    public const string ContactDueIndex = "IX_FollowUps_CustomerId_ContactDueOn";

    public void Configure(EntityTypeBuilder<FollowUp> builder)
    {
        builder.ToTable("FollowUps");
        builder.HasKey(f => f.Id);
        builder.Property(f => f.DoneBy).HasMaxLength(100);

        // Marking done writes "WHERE DoneAt IS NULL": the second of two concurrent "done" gets a concurrency conflict (409).
        builder.Property(f => f.DoneAt).IsConcurrencyToken();

        // The inbox list: one assignee's open follow-ups by due date, or done ones by when they were done.
        builder.HasIndex(f => new { f.Assignee, f.DoneAt, f.DueAt });
        // The daily contact-due job: never two follow-ups for one customer's due date (NULLs, other follow-ups, do not clash).
        builder.HasIndex(f => new { f.CustomerId, f.ContactDueOn }).IsUnique().HasDatabaseName(ContactDueIndex);
        builder.HasOne<Case>().WithMany().HasForeignKey(f => f.CaseId).OnDelete(DeleteBehavior.Cascade);
    }
}
