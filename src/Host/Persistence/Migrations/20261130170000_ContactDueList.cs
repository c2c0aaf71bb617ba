using CaseFlow.Host.Persistence.Configurations;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace CaseFlow.Host.Persistence.Migrations;

/// <summary>
/// The contact due list (issue 15 part 3): each customer gets the unemployed status the contact-density rule needs (true
/// for everyone registered before), the maintained next contact due date, the rule cell it came from and the day of the
/// last counting contact, indexed by (responsible caseworker, due date, id) for the due list. Existing customers get their
/// due date from the rule-version step at start (docs/contacts.md). A follow-up may be about a contact due date
/// (<c>ContactDueOn</c>), unique per customer, so the daily job never raises two for one due date.
/// </summary>
[DbContext(typeof(CaseFlowDbContext))]
[Migration("20261130170000_ContactDueList")]
public sealed class ContactDueList : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<bool>(name: "Unemployed", table: "Customers", nullable: false, defaultValue: true);
        migrationBuilder.AddColumn<DateOnly>(name: "NextContactDueOn", table: "Customers", nullable: true);
        migrationBuilder.AddColumn<string>(name: "ContactRuleCell", table: "Customers", maxLength: 40, nullable: true);
        migrationBuilder.AddColumn<DateOnly>(name: "LastCountingContactOn", table: "Customers", nullable: true);
        migrationBuilder.CreateIndex(
            name: CustomerConfiguration.ContactDueIndex, table: "Customers", columns: ["ResponsibleCaseworker", "NextContactDueOn", "Id"]);
        migrationBuilder.CreateIndex(name: CustomerConfiguration.DueOrderIndex, table: "Customers", columns: ["NextContactDueOn", "Id"]);
        migrationBuilder.AddColumn<DateOnly>(name: "ContactDueOn", table: "FollowUps", nullable: true);
        migrationBuilder.CreateIndex(name: FollowUpConfiguration.ContactDueIndex, table: "FollowUps", columns: ["CustomerId", "ContactDueOn"], unique: true);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropIndex(name: FollowUpConfiguration.ContactDueIndex, table: "FollowUps");
        migrationBuilder.DropColumn(name: "ContactDueOn", table: "FollowUps");
        migrationBuilder.DropIndex(name: CustomerConfiguration.DueOrderIndex, table: "Customers");
        migrationBuilder.DropIndex(name: CustomerConfiguration.ContactDueIndex, table: "Customers");
        migrationBuilder.DropColumn(name: "LastCountingContactOn", table: "Customers");
        migrationBuilder.DropColumn(name: "ContactRuleCell", table: "Customers");
        migrationBuilder.DropColumn(name: "NextContactDueOn", table: "Customers");
        migrationBuilder.DropColumn(name: "Unemployed", table: "Customers");
    }
}
