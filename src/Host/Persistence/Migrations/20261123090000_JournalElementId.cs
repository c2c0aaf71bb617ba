using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace CaseFlow.Host.Persistence.Migrations;

/// <summary>Workflow journal lines name the BPMN element they concern and their order within one step.</summary>
[DbContext(typeof(CaseFlowDbContext))]
[Migration("20261123090000_JournalElementId")]
public sealed class JournalElementId : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<string>(name: "ElementId", table: "JournalEntries", nullable: true);
        migrationBuilder.AddColumn<int>(name: "Sequence", table: "JournalEntries", nullable: false, defaultValue: 0);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropColumn(name: "Sequence", table: "JournalEntries");
        migrationBuilder.DropColumn(name: "ElementId", table: "JournalEntries");
    }
}
