using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace CaseFlow.Host.Persistence.Migrations;

/// <summary>
/// The contact-density rule set (Kontaktdichte, seed 004) as date-effective versions process owners add
/// (<c>ContactDensityVersions</c>; the Host adds the default table effective 2000-01-01 at start while there is no version), and the customers' suspensions of
/// the rule (<c>ContactSuspensions</c>, looked up per customer and day).
/// </summary>
[DbContext(typeof(CaseFlowDbContext))]
[Migration("20261130161000_ContactDensityRules")]
public sealed class ContactDensityRules : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "ContactDensityVersions",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                Number = table.Column<int>(nullable: false),
                EffectiveFrom = table.Column<DateOnly>(nullable: false),
                Cells = table.Column<string>(maxLength: 8000, nullable: false),
                CreatedAt = table.Column<DateTime>(nullable: false),
                CreatedBy = table.Column<string>(maxLength: 100, nullable: false),
                Reason = table.Column<string>(maxLength: 1000, nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_ContactDensityVersions", x => x.Id));
        migrationBuilder.CreateIndex("IX_ContactDensityVersions_Number", "ContactDensityVersions", "Number", unique: true);

        migrationBuilder.CreateTable(
            name: "ContactSuspensions",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                CustomerId = table.Column<Guid>(nullable: false),
                Kind = table.Column<string>(maxLength: 30, nullable: false),
                From = table.Column<DateOnly>(nullable: false),
                To = table.Column<DateOnly>(nullable: true),
                Reason = table.Column<string>(maxLength: 1000, nullable: false),
                RecordedAt = table.Column<DateTime>(nullable: false),
                RecordedBy = table.Column<string>(maxLength: 100, nullable: false),
                EndedAt = table.Column<DateTime>(nullable: true),
                EndedBy = table.Column<string>(maxLength: 100, nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ContactSuspensions", x => x.Id);
                table.ForeignKey("FK_ContactSuspensions_Customers_CustomerId", x => x.CustomerId, "Customers", "Id", onDelete: ReferentialAction.Restrict);
            });
        migrationBuilder.CreateIndex("IX_ContactSuspensions_CustomerId_From", "ContactSuspensions", ["CustomerId", "From"]);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(name: "ContactSuspensions");
        migrationBuilder.DropTable(name: "ContactDensityVersions");
    }
}
