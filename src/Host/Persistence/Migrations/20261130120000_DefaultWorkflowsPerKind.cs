using CaseFlow.Host.Persistence.Configurations;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace CaseFlow.Host.Persistence.Migrations;

/// <summary>
/// Every case kind has a default workflow that starts when a case opens (<c>CaseKindDefaults</c>, one row per kind),
/// and a workflow that runs once per case cannot run twice for one case: instances started at a none start event of such
/// a workflow carry <c>OnePerCase</c>, and a filtered unique index allows one running instance per case and key among
/// them. Existing instances get <c>false</c>, so instances that already run twice do not stop the migration.
/// </summary>
[DbContext(typeof(CaseFlowDbContext))]
[Migration("20261130120000_DefaultWorkflowsPerKind")]
public sealed class DefaultWorkflowsPerKind : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "CaseKindDefaults",
            columns: table => new
            {
                Kind = table.Column<string>(maxLength: 20, nullable: false),
                WorkflowKey = table.Column<string>(maxLength: 63, nullable: false),
                SetAt = table.Column<DateTime>(nullable: false),
                SetBy = table.Column<string>(maxLength: 100, nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_CaseKindDefaults", x => x.Kind));

        migrationBuilder.AddColumn<bool>(name: WorkflowInstanceConfiguration.OnePerCase, table: "WorkflowInstances", nullable: false, defaultValue: false);
        migrationBuilder.CreateIndex(
            name: WorkflowInstanceConfiguration.OnePerCaseIndex,
            table: "WorkflowInstances",
            columns: ["CaseId", "DefinitionKey"],
            unique: true,
            filter: WorkflowInstanceConfiguration.OnePerCaseFilter);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropIndex(name: WorkflowInstanceConfiguration.OnePerCaseIndex, table: "WorkflowInstances");
        migrationBuilder.DropColumn(name: WorkflowInstanceConfiguration.OnePerCase, table: "WorkflowInstances");
        migrationBuilder.DropTable(name: "CaseKindDefaults");
    }
}
