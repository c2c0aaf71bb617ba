using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace CaseFlow.Host.Persistence.Migrations;

/// <summary>
/// The outreach and referral files of a case, as columns of <c>Cases</c> beside the bFM file (owned types:
/// every column nullable, null for cases of another kind). Lists are stored comma-separated.
/// </summary>
[DbContext(typeof(CaseFlowDbContext))]
[Migration("20261123100500_OutreachAndReferral")]
public sealed class OutreachAndReferral : Migration
{
    private const string Table = "Cases";

    private static readonly string[] OutreachTexts =
    [
        "Adviser", "TakenOverBy", "ExtensionJustification", "LastVisitCompanions", "LastSanctionDecision",
        "SanctionAgreedWith", "JointMeetingParticipants", "ReturnReason",
    ];

    private static readonly string[] OutreachTimes =
    [
        "HandoverTalkHeldAt", "TakenOverAt", "ActivationStartedAt", "LastSanctionDecisionAt", "ActivatedAt",
        "JointMeetingAt", "TaskCompletedAt", "ReturnedAt",
    ];

    private static readonly string[] ReferralTexts = ["Provider", "TargetGroup", "DeclinedReason", "LastReportSummary", "EndReason"];

    private static readonly string[] ReferralTimes = ["ReferredAt", "ConfirmedAt", "DeclinedAt", "LastReportAt", "LastConferenceAt", "EndedAt"];

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<string>(name: "Outreach_Form", table: Table, maxLength: 40, nullable: true);
        migrationBuilder.AddColumn<string>(name: "Outreach_Queue", table: Table, maxLength: 40, nullable: true);
        migrationBuilder.AddColumn<DateOnly>(name: "Outreach_ExtendedUntil", table: Table, nullable: true);
        migrationBuilder.AddColumn<DateOnly>(name: "Outreach_LastVisitOn", table: Table, nullable: true);
        migrationBuilder.AddColumn<int>(name: "Outreach_VisitCount", table: Table, nullable: true);
        migrationBuilder.AddColumn<int>(name: "Outreach_SanctionDecisionCount", table: Table, nullable: true);
        foreach (var column in OutreachTexts)
        {
            migrationBuilder.AddColumn<string>(name: $"Outreach_{column}", table: Table, nullable: true);
        }

        foreach (var column in OutreachTimes)
        {
            migrationBuilder.AddColumn<DateTime>(name: $"Outreach_{column}", table: Table, nullable: true);
        }

        migrationBuilder.AddColumn<bool>(name: "Referral_Voluntary", table: Table, nullable: true);
        migrationBuilder.AddColumn<int>(name: "Referral_ReportCount", table: Table, nullable: true);
        migrationBuilder.AddColumn<int>(name: "Referral_ConferenceCount", table: Table, nullable: true);
        migrationBuilder.AddColumn<DateOnly>(name: "Referral_NextReportDue", table: Table, nullable: true);
        migrationBuilder.AddColumn<DateOnly>(name: "Referral_NextConferenceDue", table: Table, nullable: true);
        foreach (var column in ReferralTexts)
        {
            migrationBuilder.AddColumn<string>(name: $"Referral_{column}", table: Table, nullable: true);
        }

        foreach (var column in ReferralTimes)
        {
            migrationBuilder.AddColumn<DateTime>(name: $"Referral_{column}", table: Table, nullable: true);
        }
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        string[] outreach = ["Form", "Queue", "ExtendedUntil", "LastVisitOn", "VisitCount", "SanctionDecisionCount", .. OutreachTexts, .. OutreachTimes];
        string[] referral = ["Voluntary", "ReportCount", "ConferenceCount", "NextReportDue", "NextConferenceDue", .. ReferralTexts, .. ReferralTimes];
        foreach (var column in outreach.Select(c => $"Outreach_{c}").Concat(referral.Select(c => $"Referral_{c}")))
        {
            migrationBuilder.DropColumn(name: column, table: Table);
        }
    }
}
