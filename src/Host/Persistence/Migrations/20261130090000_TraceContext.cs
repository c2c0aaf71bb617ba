using CaseFlow.Host.Persistence.Configurations;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace CaseFlow.Host.Persistence.Migrations;

/// <summary>
/// Outbox rows and arrived workflow messages keep the W3C traceparent of the span that wrote them, so the relay and the
/// mailbox poller continue (or link to) the trace of the request that caused them. Existing rows have none.
/// </summary>
[DbContext(typeof(CaseFlowDbContext))]
[Migration("20261130090000_TraceContext")]
public sealed class TraceContext : Migration
{
    private static readonly string[] Tables = ["OutboxMessages", "WorkflowMessages"];

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        foreach (var table in Tables)
        {
            migrationBuilder.AddColumn<string>(name: "TraceParent", table: table, maxLength: OutboxMessageConfiguration.TraceParentLength, nullable: true);
        }
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        foreach (var table in Tables)
        {
            migrationBuilder.DropColumn(name: "TraceParent", table: table);
        }
    }
}
