using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace CaseFlow.Host.Persistence.Migrations;

/// <summary>Workflow instances with their tokens, tasks, timers, subscriptions and incidents; notifications; the outbox.</summary>
[DbContext(typeof(CaseFlowDbContext))]
[Migration("20261123110000_WorkflowInstances")]
public sealed class WorkflowInstances : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "WorkflowInstances",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                DefinitionKey = table.Column<string>(maxLength: 64, nullable: false),
                DefinitionVersion = table.Column<int>(nullable: false),
                CaseId = table.Column<Guid>(nullable: true),
                Status = table.Column<string>(maxLength: 20, nullable: false),
                Variables = table.Column<string>(nullable: false),
                StartedAt = table.Column<DateTime>(nullable: false),
                StartedBy = table.Column<string>(nullable: false),
                UpdatedAt = table.Column<DateTime>(nullable: false),
                EndedAt = table.Column<DateTime>(nullable: true),
                Version = table.Column<int>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_WorkflowInstances", x => x.Id));

        migrationBuilder.CreateTable(
            name: "WorkflowTokens",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                InstanceId = table.Column<Guid>(nullable: false),
                ElementId = table.Column<string>(nullable: false),
                Wait = table.Column<string>(maxLength: 20, nullable: false),
                ArrivedVia = table.Column<string>(nullable: true),
                CreatedAt = table.Column<DateTime>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_WorkflowTokens", x => x.Id);
                table.ForeignKey("FK_WorkflowTokens_WorkflowInstances_InstanceId", x => x.InstanceId, "WorkflowInstances", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "HumanTasks",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                InstanceId = table.Column<Guid>(nullable: false),
                TokenId = table.Column<Guid>(nullable: false),
                CaseId = table.Column<Guid>(nullable: true),
                ElementId = table.Column<string>(nullable: false),
                Name = table.Column<string>(nullable: false),
                CandidateRole = table.Column<string>(maxLength: 100, nullable: true),
                Assignee = table.Column<string>(maxLength: 100, nullable: true),
                FormKey = table.Column<string>(nullable: true),
                CreatedAt = table.Column<DateTime>(nullable: false),
                DueAt = table.Column<DateTime>(nullable: true),
                Status = table.Column<string>(maxLength: 20, nullable: false),
                CompletedAt = table.Column<DateTime>(nullable: true),
                CompletedBy = table.Column<string>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_HumanTasks", x => x.Id);
                table.ForeignKey("FK_HumanTasks_WorkflowInstances_InstanceId", x => x.InstanceId, "WorkflowInstances", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "WorkflowTimers",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                InstanceId = table.Column<Guid>(nullable: false),
                TokenId = table.Column<Guid>(nullable: false),
                ElementId = table.Column<string>(nullable: false),
                DueAt = table.Column<DateTime>(nullable: false),
                RemainingRepetitions = table.Column<int>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_WorkflowTimers", x => x.Id);
                table.ForeignKey("FK_WorkflowTimers_WorkflowInstances_InstanceId", x => x.InstanceId, "WorkflowInstances", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "MessageSubscriptions",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                InstanceId = table.Column<Guid>(nullable: false),
                TokenId = table.Column<Guid>(nullable: false),
                ElementId = table.Column<string>(nullable: false),
                MessageName = table.Column<string>(maxLength: 100, nullable: false),
                CorrelationKey = table.Column<string>(maxLength: 200, nullable: false),
                CreatedAt = table.Column<DateTime>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_MessageSubscriptions", x => x.Id);
                table.ForeignKey("FK_MessageSubscriptions_WorkflowInstances_InstanceId", x => x.InstanceId, "WorkflowInstances", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "Incidents",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                InstanceId = table.Column<Guid>(nullable: false),
                TokenId = table.Column<Guid>(nullable: false),
                ElementId = table.Column<string>(nullable: false),
                Message = table.Column<string>(nullable: false),
                CreatedAt = table.Column<DateTime>(nullable: false),
                Attempts = table.Column<int>(nullable: false),
                ResolvedAt = table.Column<DateTime>(nullable: true),
                ResolvedBy = table.Column<string>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Incidents", x => x.Id);
                table.ForeignKey("FK_Incidents_WorkflowInstances_InstanceId", x => x.InstanceId, "WorkflowInstances", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "Notifications",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                Recipient = table.Column<string>(maxLength: 100, nullable: false),
                Text = table.Column<string>(nullable: false),
                CaseId = table.Column<Guid>(nullable: true),
                InstanceId = table.Column<Guid>(nullable: true),
                CreatedAt = table.Column<DateTime>(nullable: false),
                ReadAt = table.Column<DateTime>(nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_Notifications", x => x.Id));

        migrationBuilder.CreateTable(
            name: "OutboxMessages",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                Name = table.Column<string>(maxLength: 100, nullable: false),
                CorrelationKey = table.Column<string>(maxLength: 200, nullable: false),
                Payload = table.Column<string>(nullable: false),
                CreatedAt = table.Column<DateTime>(nullable: false),
                ExpiresAt = table.Column<DateTime>(nullable: false),
                Status = table.Column<string>(maxLength: 20, nullable: false),
                ProcessedAt = table.Column<DateTime>(nullable: true),
                Attempts = table.Column<int>(nullable: false),
                Outcome = table.Column<string>(nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_OutboxMessages", x => x.Id));

        migrationBuilder.CreateIndex("IX_WorkflowInstances_CaseId", "WorkflowInstances", "CaseId");
        foreach (var child in new[] { "WorkflowTokens", "HumanTasks", "WorkflowTimers", "MessageSubscriptions", "Incidents" })
        {
            migrationBuilder.CreateIndex($"IX_{child}_InstanceId", child, "InstanceId");
        }

        migrationBuilder.CreateIndex("IX_HumanTasks_Status_CandidateRole", "HumanTasks", ["Status", "CandidateRole"]);
        migrationBuilder.CreateIndex("IX_HumanTasks_Status_Assignee", "HumanTasks", ["Status", "Assignee"]);
        migrationBuilder.CreateIndex("IX_HumanTasks_CaseId", "HumanTasks", "CaseId");
        migrationBuilder.CreateIndex("IX_WorkflowTimers_DueAt", "WorkflowTimers", "DueAt");
        migrationBuilder.CreateIndex("IX_MessageSubscriptions_MessageName_CorrelationKey", "MessageSubscriptions", ["MessageName", "CorrelationKey"]);
        migrationBuilder.CreateIndex("IX_Notifications_Recipient_CreatedAt", "Notifications", ["Recipient", "CreatedAt"]);
        migrationBuilder.CreateIndex("IX_OutboxMessages_Status_CreatedAt", "OutboxMessages", ["Status", "CreatedAt"]);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        foreach (var table in new[] { "OutboxMessages", "Notifications", "Incidents", "MessageSubscriptions", "WorkflowTimers", "HumanTasks", "WorkflowTokens", "WorkflowInstances" })
        {
            migrationBuilder.DropTable(table);
        }
    }
}
