using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace CaseFlow.Host.Persistence.Migrations;

/// <summary>
/// Messaging over MassTransit: the outbox now holds bus contracts; correlated messages wait in WorkflowMessages
/// (rows of the old outbox move there); InboxMessages makes consumers idempotent; timers record their dispatch.
/// </summary>
[DbContext(typeof(CaseFlowDbContext))]
[Migration("20261123200000_Messaging")]
public sealed class Messaging : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "WorkflowMessages",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                Name = table.Column<string>(maxLength: 100, nullable: false),
                CorrelationKey = table.Column<string>(maxLength: 200, nullable: false),
                Payload = table.Column<string>(nullable: false),
                ReceivedAt = table.Column<DateTime>(nullable: false),
                ExpiresAt = table.Column<DateTime>(nullable: false),
                Status = table.Column<string>(maxLength: 20, nullable: false),
                Attempts = table.Column<int>(nullable: false),
                ProcessedAt = table.Column<DateTime>(nullable: true),
                Outcome = table.Column<string>(nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_WorkflowMessages", x => x.Id));
        migrationBuilder.CreateIndex("IX_WorkflowMessages_Status_ReceivedAt", "WorkflowMessages", ["Status", "ReceivedAt"]);

        // The old outbox was the workflows' mailbox: its rows keep their state there.
        migrationBuilder.Sql(
            """
            INSERT INTO "WorkflowMessages" ("Id", "Name", "CorrelationKey", "Payload", "ReceivedAt", "ExpiresAt", "Status", "Attempts", "ProcessedAt", "Outcome")
            SELECT "Id", "Name", "CorrelationKey", "Payload", "CreatedAt", "ExpiresAt",
                   CASE "Status" WHEN 'Pending' THEN 'Waiting' ELSE "Status" END, "Attempts", "ProcessedAt", "Outcome"
            FROM "OutboxMessages"
            """);
        migrationBuilder.DropTable("OutboxMessages");
        CreateOutbox(migrationBuilder);

        migrationBuilder.CreateTable(
            name: "InboxMessages",
            columns: table => new
            {
                MessageId = table.Column<Guid>(nullable: false),
                Consumer = table.Column<string>(maxLength: 100, nullable: false),
                MessageType = table.Column<string>(maxLength: 100, nullable: false),
                ProcessedAt = table.Column<DateTime>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_InboxMessages", x => new { x.MessageId, x.Consumer }));

        migrationBuilder.AddColumn<DateTime>(name: "DispatchedAt", table: "WorkflowTimers", nullable: true);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropColumn(name: "DispatchedAt", table: "WorkflowTimers");
        migrationBuilder.DropTable("InboxMessages");
        migrationBuilder.DropTable("OutboxMessages");
        migrationBuilder.RenameTable(name: "WorkflowMessages", newName: "OutboxMessages");
        migrationBuilder.DropIndex("IX_WorkflowMessages_Status_ReceivedAt", "OutboxMessages");
        migrationBuilder.RenameColumn(name: "ReceivedAt", table: "OutboxMessages", newName: "CreatedAt");
        migrationBuilder.Sql("""UPDATE "OutboxMessages" SET "Status" = 'Pending' WHERE "Status" = 'Waiting'""");
        migrationBuilder.CreateIndex("IX_OutboxMessages_Status_CreatedAt", "OutboxMessages", ["Status", "CreatedAt"]);
    }

    private static void CreateOutbox(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "OutboxMessages",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                MessageType = table.Column<string>(maxLength: 100, nullable: false),
                Payload = table.Column<string>(nullable: false),
                CreatedAt = table.Column<DateTime>(nullable: false),
                Status = table.Column<string>(maxLength: 20, nullable: false),
                Attempts = table.Column<int>(nullable: false),
                SentAt = table.Column<DateTime>(nullable: true),
                LastError = table.Column<string>(maxLength: 500, nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_OutboxMessages", x => x.Id));
        migrationBuilder.CreateIndex("IX_OutboxMessages_Status_CreatedAt", "OutboxMessages", ["Status", "CreatedAt"]);
    }
}
