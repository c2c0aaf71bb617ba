using CaseFlow.Host.Persistence.Configurations;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace CaseFlow.Host.Persistence.Migrations;

/// <summary>
/// Need-to-know and the read audit (issue 16 parts 2 and 4): the append-only read audit (who read which special-category
/// data of which customer and case, when, why), indexed by customer, by reader and by time for the data protection
/// officer's queries; and the outreach summaries the aB-pAp releases for the former pAp (seed 003). The per-item consent
/// to health-related needs needs no column: consented fields are a list already (docs/security.md).
/// </summary>
[DbContext(typeof(CaseFlowDbContext))]
[Migration("20261130180000_NeedToKnowAndReadAudit")]
public sealed class NeedToKnowAndReadAudit : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "ReadAudit",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                At = table.Column<DateTime>(nullable: false),
                Actor = table.Column<string>(maxLength: 200, nullable: false),
                CustomerId = table.Column<Guid>(nullable: false),
                CaseId = table.Column<Guid>(nullable: true),
                Route = table.Column<string>(maxLength: 200, nullable: false),
                DataClasses = table.Column<string>(maxLength: 200, nullable: false),
                Fields = table.Column<string>(maxLength: 1000, nullable: true),
                Purpose = table.Column<string>(maxLength: 200, nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_ReadAudit", x => x.Id));
        migrationBuilder.CreateIndex(name: ReadAuditEntryConfiguration.CustomerIndex, table: "ReadAudit", columns: ["CustomerId", "At"]);
        migrationBuilder.CreateIndex(name: ReadAuditEntryConfiguration.ActorIndex, table: "ReadAudit", columns: ["Actor", "At"]);
        migrationBuilder.CreateIndex(name: ReadAuditEntryConfiguration.AtIndex, table: "ReadAudit", column: "At");

        migrationBuilder.CreateTable(
            name: "OutreachSummaries",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                CaseId = table.Column<Guid>(nullable: false),
                Text = table.Column<string>(maxLength: 4000, nullable: false),
                ReleasedAt = table.Column<DateTime>(nullable: false),
                ReleasedBy = table.Column<string>(maxLength: 200, nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_OutreachSummaries", x => x.Id));
        migrationBuilder.CreateIndex(name: OutreachSummaryConfiguration.CaseIndex, table: "OutreachSummaries", columns: ["CaseId", "ReleasedAt"]);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(name: "OutreachSummaries");
        migrationBuilder.DropTable(name: "ReadAudit");
    }
}
