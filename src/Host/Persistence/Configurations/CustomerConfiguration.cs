using CaseFlow.Workflows.Customers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CaseFlow.Host.Persistence.Configurations;

internal sealed class CustomerConfiguration : IEntityTypeConfiguration<Customer>
{
    public const string FamilyNameKeyIndex = "IX_Customers_FamilyNameKey";

    public const string GivenNameKeyIndex = "IX_Customers_GivenNameKey";

    public const string ContactDueIndex = "IX_Customers_ResponsibleCaseworker_NextContactDueOn_Id";

    public const string DueOrderIndex = "IX_Customers_NextContactDueOn_Id";

    public void Configure(EntityTypeBuilder<Customer> builder)
    {
        builder.ToTable("Customers");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.CustomerNumber).HasMaxLength(40);
        builder.HasIndex(c => c.CustomerNumber).IsUnique();
        builder.Property(c => c.GivenName).HasMaxLength(PersonNames.MaxLength);
        builder.Property(c => c.FamilyName).HasMaxLength(PersonNames.MaxLength);
        builder.Property(c => c.FamilyNameKey).HasMaxLength(SearchKeys.MaxLength);
        builder.Property(c => c.GivenNameKey).HasMaxLength(SearchKeys.MaxLength);
        // The search reads a key range and decides access from the same index entry (responsible caseworker, id): covering.
        builder.HasIndex(c => new { c.FamilyNameKey, c.ResponsibleCaseworker, c.Id }).HasDatabaseName(FamilyNameKeyIndex);
        builder.HasIndex(c => new { c.GivenNameKey, c.ResponsibleCaseworker, c.Id }).HasDatabaseName(GivenNameKeyIndex);
        builder.Ignore(c => c.DisplayName);
        builder.Property(c => c.ContactRuleCell).HasMaxLength(40);
        // The due list reads one caseworker's customers in due order (docs/contacts.md, "Fällige Kontakte").
        builder.HasIndex(c => new { c.ResponsibleCaseworker, c.NextContactDueOn, c.Id }).HasDatabaseName(ContactDueIndex);
        // The team scope of a supervisor checks each customer in due order against the cases (EXISTS): walk due order.
        builder.HasIndex(c => new { c.NextContactDueOn, c.Id }).HasDatabaseName(DueOrderIndex);
        builder.Property(c => c.Profile).HasConversion<string>().HasMaxLength(4);
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.Ignore(c => c.NeedsIfkAsSecondary);
        builder.Ignore(c => c.NotReachable);
        builder.OwnsMany(c => c.ActionNeeds, needs =>
        {
            needs.ToTable("CustomerActionNeeds");
            needs.WithOwner().HasForeignKey("CustomerId");
            needs.HasKey(n => n.Id);
            needs.Property(n => n.Id).ValueGeneratedNever();
        });
    }
}
