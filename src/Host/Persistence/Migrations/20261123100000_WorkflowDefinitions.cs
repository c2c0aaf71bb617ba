using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace CaseFlow.Host.Persistence.Migrations;

/// <summary>Stored BPMN files: one draft (version 0) per key and the immutable published versions.</summary>
[DbContext(typeof(CaseFlowDbContext))]
[Migration("20261123100000_WorkflowDefinitions")]
public sealed class WorkflowDefinitions : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "WorkflowDefinitions",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                Key = table.Column<string>(maxLength: 63, nullable: false),
                Version = table.Column<int>(nullable: false),
                Status = table.Column<string>(maxLength: 20, nullable: false),
                Name = table.Column<string>(nullable: false),
                CaseKind = table.Column<string>(maxLength: 20, nullable: true),
                Xml = table.Column<string>(nullable: false),
                ContentHash = table.Column<string>(maxLength: 64, nullable: false),
                CreatedAt = table.Column<DateTime>(nullable: false),
                CreatedBy = table.Column<string>(nullable: false),
                PublishedAt = table.Column<DateTime>(nullable: true),
                PublishedBy = table.Column<string>(nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_WorkflowDefinitions", x => x.Id));

        migrationBuilder.CreateIndex("IX_WorkflowDefinitions_Key_Version", "WorkflowDefinitions", ["Key", "Version"], unique: true);
    }

    protected override void Down(MigrationBuilder migrationBuilder) =>
        migrationBuilder.DropTable("WorkflowDefinitions");
}
