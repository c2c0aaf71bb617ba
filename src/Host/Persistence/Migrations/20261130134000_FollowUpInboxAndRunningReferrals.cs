using CaseFlow.Host.Referrals;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace CaseFlow.Host.Persistence.Migrations;

/// <summary>
/// Follow-ups become an inbox list that can be marked done: who marked one done (<c>DoneBy</c>) and an index that serves
/// "my open follow-ups by due date" and "my done follow-ups" (assignee, done at, due at) instead of (assignee, due at).
/// A customer may have several referrals, one running per provider: a filtered unique index on <c>Cases</c> (customer,
/// provider) over the running states refuses the second of two concurrent referrals to one provider. Until now a customer
/// had at most one open referral, so existing data cannot break the index.
/// </summary>
[DbContext(typeof(CaseFlowDbContext))]
[Migration("20261130134000_FollowUpInboxAndRunningReferrals")]
public sealed class FollowUpInboxAndRunningReferrals : Migration
{
    private const string OldFollowUpIndex = "IX_FollowUps_Assignee_DueAt";
    private const string FollowUpIndex = "IX_FollowUps_Assignee_DoneAt_DueAt";

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<string>(name: "DoneBy", table: "FollowUps", maxLength: 100, nullable: true);
        migrationBuilder.DropIndex(name: OldFollowUpIndex, table: "FollowUps");
        migrationBuilder.CreateIndex(name: FollowUpIndex, table: "FollowUps", columns: ["Assignee", "DoneAt", "DueAt"]);
        migrationBuilder.CreateIndex(
            name: RunningReferrals.IndexName,
            table: "Cases",
            columns: ["CustomerId", "Referral_Provider"],
            unique: true,
            filter: RunningReferrals.IndexFilter);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropIndex(name: RunningReferrals.IndexName, table: "Cases");
        migrationBuilder.DropIndex(name: FollowUpIndex, table: "FollowUps");
        migrationBuilder.CreateIndex(name: OldFollowUpIndex, table: "FollowUps", columns: ["Assignee", "DueAt"]);
        migrationBuilder.DropColumn(name: "DoneBy", table: "FollowUps");
    }
}
