using CaseFlow.Host.Retention;
using CaseFlow.Workflows.Cases;
using CaseFlow.Workflows.Customers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CaseFlow.Host.Persistence.Configurations;

/// <summary>
/// The retention mark of cases and customers: <see cref="AnonymisedAt"/>, a shadow column (the domain types know nothing
/// of retention) set when the retention job anonymised the row; the job and its report skip marked rows.
/// </summary>
internal sealed class RetentionMarkConfiguration : IEntityTypeConfiguration<Case>, IEntityTypeConfiguration<Customer>
{
    public const string AnonymisedAt = Anonymised.MarkColumn;

    public const string DueIndex = "IX_Cases_Kind_State_UpdatedAt";

    public void Configure(EntityTypeBuilder<Case> builder)
    {
        builder.Property<DateTime?>(AnonymisedAt);
        // The retention job and its report read the closed cases of a kind whose last change lies before the cutoff.
        builder.HasIndex(c => new { c.Kind, c.State, c.UpdatedAt }).HasDatabaseName(DueIndex);
    }

    public void Configure(EntityTypeBuilder<Customer> builder) => builder.Property<DateTime?>(AnonymisedAt);
}
