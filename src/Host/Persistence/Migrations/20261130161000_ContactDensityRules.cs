using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace CaseFlow.Host.Persistence.Migrations;

/// <summary>
/// The contact-density rule set (Kontaktdichte, seed 004) as date-effective versions process owners add
/// (<c>ContactDensityVersions</c>, seeded with the default table effective 2000-01-01), and the customers' suspensions of
/// the rule (<c>ContactSuspensions</c>, looked up per customer and day).
/// </summary>
[DbContext(typeof(CaseFlowDbContext))]
[Migration("20261130161000_ContactDensityRules")]
public sealed class ContactDensityRules : Migration
{
    /// <summary>The default table (docs/contact-density.md) as stored JSON; written out here so later code changes cannot alter what was seeded.</summary>
    private const string DefaultCells =
        "["
        + """{"ageGroup":"U25","unemployed":true,"profile":"MP","rhythm":"Monthly"},{"ageGroup":"U25","unemployed":true,"profile":"AP","rhythm":"Monthly"},{"ageGroup":"U25","unemployed":true,"profile":"FP","rhythm":"Monthly"},{"ageGroup":"U25","unemployed":true,"profile":"EP","rhythm":"Monthly"},{"ageGroup":"U25","unemployed":true,"profile":"SP","rhythm":"Monthly"},{"ageGroup":"U25","unemployed":true,"profile":"UP","rhythm":"Monthly"},{"ageGroup":"U25","unemployed":true,"profile":"I","rhythm":"HalfYearly"},{"ageGroup":"U25","unemployed":true,"profile":"Z","rhythm":"HalfYearly"},"""
        + """{"ageGroup":"U25","unemployed":false,"profile":"MP","rhythm":"Monthly"},{"ageGroup":"U25","unemployed":false,"profile":"AP","rhythm":"Monthly"},{"ageGroup":"U25","unemployed":false,"profile":"FP","rhythm":"Monthly"},{"ageGroup":"U25","unemployed":false,"profile":"EP","rhythm":"SixToSevenWeeks"},{"ageGroup":"U25","unemployed":false,"profile":"SP","rhythm":"TwoMonthly"},{"ageGroup":"U25","unemployed":false,"profile":"UP","rhythm":"TwoMonthly"},{"ageGroup":"U25","unemployed":false,"profile":"I","rhythm":"HalfYearly"},{"ageGroup":"U25","unemployed":false,"profile":"Z","rhythm":"HalfYearly"},"""
        + """{"ageGroup":"Ue25","unemployed":true,"profile":"MP","rhythm":"Monthly"},{"ageGroup":"Ue25","unemployed":true,"profile":"AP","rhythm":"Monthly"},{"ageGroup":"Ue25","unemployed":true,"profile":"FP","rhythm":"Monthly"},{"ageGroup":"Ue25","unemployed":true,"profile":"EP","rhythm":"AboutTwoMonthly"},{"ageGroup":"Ue25","unemployed":true,"profile":"SP","rhythm":"FourMonthly"},{"ageGroup":"Ue25","unemployed":true,"profile":"UP","rhythm":"FourMonthly"},{"ageGroup":"Ue25","unemployed":true,"profile":"I","rhythm":"FourMonthly"},{"ageGroup":"Ue25","unemployed":true,"profile":"Z","rhythm":"HalfYearly"},"""
        + """{"ageGroup":"Ue25","unemployed":false,"profile":"MP","rhythm":"Monthly"},{"ageGroup":"Ue25","unemployed":false,"profile":"AP","rhythm":"Monthly"},{"ageGroup":"Ue25","unemployed":false,"profile":"FP","rhythm":"Monthly"},{"ageGroup":"Ue25","unemployed":false,"profile":"EP","rhythm":"AboutTwoMonthly"},{"ageGroup":"Ue25","unemployed":false,"profile":"SP","rhythm":"FourMonthly"},{"ageGroup":"Ue25","unemployed":false,"profile":"UP","rhythm":"FourMonthly"},{"ageGroup":"Ue25","unemployed":false,"profile":"I","rhythm":"FourMonthly"},{"ageGroup":"Ue25","unemployed":false,"profile":"Z","rhythm":"HalfYearly"}"""
        + "]";

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
        migrationBuilder.InsertData(
            table: "ContactDensityVersions",
            columns: ["Id", "Number", "EffectiveFrom", "Cells", "CreatedAt", "CreatedBy", "Reason"],
            values: new object[]
            {
                new Guid("5e7d0c4a-2f0b-4c38-9a51-0d3c6f1e0001"), 1, new DateOnly(2000, 1, 1), DefaultCells,
                new DateTime(2026, 11, 30, 16, 10, 0, DateTimeKind.Utc), "system", "Standard nach Konzept Kontaktdichte (seed 004, domain.md §6)",
            });

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
