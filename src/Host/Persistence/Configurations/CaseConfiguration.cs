using CaseFlow.Workflows.Cases;
using CaseFlow.Workflows.Cases.Bfm;
using CaseFlow.Workflows.Customers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CaseFlow.Host.Persistence.Configurations;

internal sealed class CaseConfiguration : IEntityTypeConfiguration<Case>
{
    public const string MainCaseworkerIndex = "IX_Cases_MainCaseworker_CustomerId";

    public const string ReferringCaseworkerIndex = "IX_Cases_ReferringCaseworker_CustomerId";

    public const string SecondaryCaseworkerIndex = "IX_Cases_SecondaryCaseworker_CustomerId";

    public void Configure(EntityTypeBuilder<Case> builder)
    {
        builder.ToTable("Cases");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Kind).HasMaxLength(20);
        builder.Property(c => c.State).HasMaxLength(40);
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.Property(c => c.NextDue).HasMaxLength(20);
        builder.HasIndex(c => c.CustomerId);
        // The ordered indexes of "Meine Fälle" (caseworker or kind/state, then due date, nulls last) are expression
        // indexes the migration 20261130132000_CaseDuesAndInboxOrder creates in SQL.
        // The customer search finds "customers of my cases" through these (CustomerVisibility), index only.
        builder.HasIndex(c => new { c.MainCaseworker, c.CustomerId }).HasDatabaseName(MainCaseworkerIndex);
        builder.HasIndex(c => new { c.ReferringCaseworker, c.CustomerId }).HasDatabaseName(ReferringCaseworkerIndex);
        builder.HasIndex(c => new { c.SecondaryCaseworker, c.CustomerId }).HasDatabaseName(SecondaryCaseworkerIndex);
        builder.HasOne<Customer>().WithMany().HasForeignKey(c => c.CustomerId).OnDelete(DeleteBehavior.Restrict);
        builder.OwnsOne(c => c.Bfm, bfm =>
        {
            bfm.Property(b => b.PlanType).HasConversion<string>().HasMaxLength(40);
            bfm.Property(b => b.ExitReason).HasConversion<string>().HasMaxLength(40);
            bfm.Property(b => b.FinalProfile).HasConversion<string>().HasMaxLength(4);
            bfm.Property(b => b.Prognosis).HasConversion<string>().HasMaxLength(20);
            bfm.Property(b => b.PrognosisReasons).HasMaxLength(PlanLimits.MaxTextLength);
            bfm.Property(b => b.ClosingPlan).HasMaxLength(PlanLimits.MaxTextLength);
            bfm.Property(b => b.Strengths).HasConversion(TextListConversion.Converter, TextListConversion.Comparer);
            bfm.Property(b => b.Obstacles).HasConversion(TextListConversion.Converter, TextListConversion.Comparer);
            bfm.Property(b => b.Goals).HasConversion(TextListConversion.Converter, TextListConversion.Comparer);
            bfm.Property(b => b.GoalLinks).HasConversion(TextListConversion.Converter, TextListConversion.Comparer);
            bfm.Property(b => b.Steps).HasConversion(TextListConversion.Converter, TextListConversion.Comparer);
        });
        builder.OwnsOne(c => c.Outreach, outreach =>
        {
            outreach.Property(o => o.Form).HasMaxLength(40);
            outreach.Property(o => o.Queue).HasMaxLength(40);
            outreach.Property(o => o.LastVisitCompanions)
                .HasConversion(StringListConversion.ReadOnlyConverter, StringListConversion.ReadOnlyComparer);
            outreach.Property(o => o.JointMeetingParticipants)
                .HasConversion(StringListConversion.ReadOnlyConverter, StringListConversion.ReadOnlyComparer);
        });
        builder.OwnsOne(c => c.Referral, referral =>
        {
            referral.Property(r => r.ConsentedFields)
                .HasConversion(StringListConversion.ReadOnlyConverter, StringListConversion.ReadOnlyComparer);
            referral.Property(r => r.LastReportAttendance).HasConversion<string>().HasMaxLength(20);
            referral.HasIndex(r => r.Provider); // every provider API call filters by it
        });
    }
}
