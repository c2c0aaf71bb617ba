using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace CaseFlow.Host.Persistence.Migrations;

/// <summary>
/// The referral file records the customer's consent to sharing (fields and when), the attendance and next steps of
/// the last provider report, and the day the FM was last given a task about an overdue report; the provider key is
/// indexed because every provider API call filters by it.
/// </summary>
[DbContext(typeof(CaseFlowDbContext))]
[Migration("20261124000500_ReferralConsentAndReports")]
public sealed class ReferralConsentAndReports : Migration
{
    private const string Table = "Cases";

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<string>(name: "Referral_ConsentedFields", table: Table, nullable: true);
        migrationBuilder.AddColumn<DateTime>(name: "Referral_ConsentRecordedAt", table: Table, nullable: true);
        migrationBuilder.AddColumn<string>(name: "Referral_LastReportAttendance", table: Table, maxLength: 20, nullable: true);
        migrationBuilder.AddColumn<string>(name: "Referral_LastReportNextSteps", table: Table, nullable: true);
        migrationBuilder.AddColumn<DateOnly>(name: "Referral_ReportOverdueNoticeOn", table: Table, nullable: true);
        migrationBuilder.CreateIndex(name: "IX_Cases_Referral_Provider", table: Table, column: "Referral_Provider");

        // Referrals made before consent was recorded share nothing until the FM records it.
        migrationBuilder.Sql("""UPDATE "Cases" SET "Referral_ConsentedFields" = '' WHERE "Kind" = 'referral'""");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropIndex(name: "IX_Cases_Referral_Provider", table: Table);
        foreach (var column in new[] { "ConsentedFields", "ConsentRecordedAt", "LastReportAttendance", "LastReportNextSteps", "ReportOverdueNoticeOn" })
        {
            migrationBuilder.DropColumn(name: $"Referral_{column}", table: Table);
        }
    }
}
