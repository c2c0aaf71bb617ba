using CaseFlow.Host.Persistence.Configurations;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace CaseFlow.Host.Persistence.Migrations;

/// <summary>
/// Retention (issue 16 part 5, docs/retention.md): cases and customers get the mark of the retention job
/// (<c>AnonymisedAt</c>), cases an index on (kind, state, last change) for the job's cutoff; the data protection officer's
/// legal holds on customers; and the runs of the job, one scheduled run per day (unique <c>ScheduleKey</c>).
/// </summary>
[DbContext(typeof(CaseFlowDbContext))]
[Migration("20261130181000_RetentionAndLegalHolds")]
public sealed class RetentionAndLegalHolds : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<DateTime>(name: RetentionMarkConfiguration.AnonymisedAt, table: "Cases", nullable: true);
        migrationBuilder.AddColumn<DateTime>(name: RetentionMarkConfiguration.AnonymisedAt, table: "Customers", nullable: true);
        migrationBuilder.CreateIndex(name: RetentionMarkConfiguration.DueIndex, table: "Cases", columns: ["Kind", "State", "UpdatedAt"]);
        migrationBuilder.CreateTable(
            name: "LegalHolds",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                CustomerId = table.Column<Guid>(nullable: false),
                Reason = table.Column<string>(maxLength: 1000, nullable: false),
                SetAt = table.Column<DateTime>(nullable: false),
                SetBy = table.Column<string>(maxLength: 100, nullable: false),
                LiftedAt = table.Column<DateTime>(nullable: true),
                LiftedBy = table.Column<string>(maxLength: 100, nullable: true),
                LiftReason = table.Column<string>(maxLength: 1000, nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_LegalHolds", x => x.Id);
                table.ForeignKey("FK_LegalHolds_Customers_CustomerId", x => x.CustomerId, "Customers", "Id", onDelete: ReferentialAction.Restrict);
            });
        migrationBuilder.CreateIndex(name: "IX_LegalHolds_CustomerId_LiftedAt", table: "LegalHolds", columns: ["CustomerId", "LiftedAt"]);
        migrationBuilder.CreateTable(
            name: "RetentionRuns",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                RunOn = table.Column<DateOnly>(nullable: false),
                Trigger = table.Column<string>(maxLength: 20, nullable: false),
                ScheduleKey = table.Column<string>(maxLength: 10, nullable: true),
                Actor = table.Column<string>(maxLength: 100, nullable: false),
                StartedAt = table.Column<DateTime>(nullable: false),
                FinishedAt = table.Column<DateTime>(nullable: true),
                CasesAnonymised = table.Column<int>(nullable: false),
                CustomersAnonymised = table.Column<int>(nullable: false),
                Summary = table.Column<string>(nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_RetentionRuns", x => x.Id));
        migrationBuilder.CreateIndex(name: "IX_RetentionRuns_ScheduleKey", table: "RetentionRuns", column: "ScheduleKey", unique: true);
        migrationBuilder.CreateIndex(name: "IX_RetentionRuns_StartedAt", table: "RetentionRuns", column: "StartedAt");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(name: "RetentionRuns");
        migrationBuilder.DropTable(name: "LegalHolds");
        migrationBuilder.DropIndex(name: RetentionMarkConfiguration.DueIndex, table: "Cases");
        migrationBuilder.DropColumn(name: RetentionMarkConfiguration.AnonymisedAt, table: "Customers");
        migrationBuilder.DropColumn(name: RetentionMarkConfiguration.AnonymisedAt, table: "Cases");
    }
}
