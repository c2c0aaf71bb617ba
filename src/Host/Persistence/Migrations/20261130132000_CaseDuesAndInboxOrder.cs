using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace CaseFlow.Host.Persistence.Migrations;

/// <summary>
/// "Meine Fälle" and an inbox that scales: every case keeps what is due next (<c>NextDueOn</c>, <c>NextDue</c>), written
/// with each case change; existing bFM and referral cases get theirs from their file (outreach cases with their next
/// action). Ordered indexes match the sort of both lists (due date, nulls last) behind their filter columns, so a page
/// is read in index order (the task indexes carry the case id, so the capped count reads no task rows); the same SQL on SQLite and PostgreSQL (expression indexes on <c>"x" IS NULL</c>).
/// </summary>
[DbContext(typeof(CaseFlowDbContext))]
[Migration("20261130132000_CaseDuesAndInboxOrder")]
public sealed class CaseDuesAndInboxOrder : Migration
{
    private static readonly (string Name, string Table, string Columns)[] Indexes =
    [
        ("IX_Cases_MainCaseworker_Due", "Cases", "\"MainCaseworker\", (\"NextDueOn\" IS NULL), \"NextDueOn\", \"CreatedAt\""),
        ("IX_Cases_SecondaryCaseworker_Due", "Cases", "\"SecondaryCaseworker\", (\"NextDueOn\" IS NULL), \"NextDueOn\", \"CreatedAt\""),
        ("IX_Cases_ReferringCaseworker_Due", "Cases", "\"ReferringCaseworker\", (\"NextDueOn\" IS NULL), \"NextDueOn\", \"CreatedAt\""),
        ("IX_Cases_Kind_State_Due", "Cases", "\"Kind\", \"State\", (\"NextDueOn\" IS NULL), \"NextDueOn\", \"CreatedAt\""),
        ("IX_HumanTasks_Status_Assignee_Due", "HumanTasks", "\"Status\", \"Assignee\", (\"DueAt\" IS NULL), \"DueAt\", \"CreatedAt\", \"CaseId\""),
        ("IX_HumanTasks_Status_CandidateRole_Assignee_Due", "HumanTasks", "\"Status\", \"CandidateRole\", \"Assignee\", (\"DueAt\" IS NULL), \"DueAt\", \"CreatedAt\", \"CaseId\""),
    ];

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<DateOnly>(name: "NextDueOn", table: "Cases", nullable: true);
        migrationBuilder.AddColumn<string>(name: "NextDue", table: "Cases", maxLength: 20, nullable: true);
        migrationBuilder.Sql("""
            UPDATE "Cases" SET "NextDueOn" = "Bfm_NextReviewDue", "NextDue" = 'review'
            WHERE "Kind" = 'bfm' AND "Bfm_NextReviewDue" IS NOT NULL AND "State" NOT IN ('Exited', 'Returned', 'Waived');
            """);
        migrationBuilder.Sql("""
            UPDATE "Cases" SET
                "NextDueOn" = CASE WHEN "Referral_NextReportDue" IS NULL
                    OR ("Referral_NextConferenceDue" IS NOT NULL AND "Referral_NextConferenceDue" < "Referral_NextReportDue")
                    THEN "Referral_NextConferenceDue" ELSE "Referral_NextReportDue" END,
                "NextDue" = CASE WHEN "Referral_NextReportDue" IS NULL
                    OR ("Referral_NextConferenceDue" IS NOT NULL AND "Referral_NextConferenceDue" < "Referral_NextReportDue")
                    THEN 'conference' ELSE 'report' END
            WHERE "Kind" = 'referral' AND "State" NOT IN ('Declined', 'Ended')
                AND ("Referral_NextReportDue" IS NOT NULL OR "Referral_NextConferenceDue" IS NOT NULL);
            """);
        foreach (var (name, table, columns) in Indexes)
        {
            migrationBuilder.Sql($"CREATE INDEX \"{name}\" ON \"{table}\" ({columns});");
        }
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        foreach (var (name, _, _) in Indexes)
        {
            migrationBuilder.Sql($"DROP INDEX \"{name}\";");
        }

        migrationBuilder.DropColumn(name: "NextDue", table: "Cases");
        migrationBuilder.DropColumn(name: "NextDueOn", table: "Cases");
    }
}
