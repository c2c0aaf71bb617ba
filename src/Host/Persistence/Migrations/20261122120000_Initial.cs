using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace CaseFlow.Host.Persistence.Migrations;

/// <summary>
/// The first schema. Written by hand and provider-neutral: columns name their CLR type only, so SQLite
/// and PostgreSQL each map them to their own store types (the EF design-time package is not in our
/// package source). <c>MigrationSchemaTests</c> checks the result against the model on both providers.
/// </summary>
[DbContext(typeof(CaseFlowDbContext))]
[Migration("20261122120000_Initial")]
public sealed class Initial : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "StaffUsers",
            columns: table => new
            {
                UserName = table.Column<string>(maxLength: 100, nullable: false),
                DisplayName = table.Column<string>(nullable: false),
                Roles = table.Column<string>(nullable: false),
                Team = table.Column<string>(nullable: true),
                DeputyFor = table.Column<string>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_StaffUsers", x => x.UserName));

        migrationBuilder.CreateTable(
            name: "Customers",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                CustomerNumber = table.Column<string>(maxLength: 40, nullable: false),
                BirthDate = table.Column<DateOnly>(nullable: false),
                SeverelyDisabled = table.Column<bool>(nullable: false),
                EqualStatus = table.Column<bool>(nullable: false),
                Rehabilitant = table.Column<bool>(nullable: false),
                ResponsibleCaseworker = table.Column<string>(nullable: false),
                CreatedAt = table.Column<DateTime>(nullable: false),
                Profile = table.Column<string>(maxLength: 4, nullable: true),
                IntegrationWithoutFmUnlikely = table.Column<bool>(nullable: false),
                ProfiledAt = table.Column<DateTime>(nullable: true),
                ProfiledBy = table.Column<string>(nullable: true),
                Version = table.Column<int>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_Customers", x => x.Id));

        migrationBuilder.CreateTable(
            name: "CustomerActionNeeds",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                CustomerId = table.Column<Guid>(nullable: false),
                KeyGroup = table.Column<string>(nullable: false),
                Need = table.Column<string>(nullable: false),
                Influenceable = table.Column<bool>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_CustomerActionNeeds", x => x.Id);
                table.ForeignKey("FK_CustomerActionNeeds_Customers_CustomerId", x => x.CustomerId, "Customers", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "Cases",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                Kind = table.Column<string>(maxLength: 20, nullable: false),
                CustomerId = table.Column<Guid>(nullable: false),
                State = table.Column<string>(maxLength: 40, nullable: false),
                CreatedAt = table.Column<DateTime>(nullable: false),
                CreatedBy = table.Column<string>(nullable: false),
                ReferringCaseworker = table.Column<string>(nullable: false),
                MainCaseworker = table.Column<string>(nullable: false),
                SecondaryCaseworker = table.Column<string>(nullable: true),
                UpdatedAt = table.Column<DateTime>(nullable: false),
                Version = table.Column<int>(nullable: false),
                Bfm_ReferredAt = table.Column<DateTime>(nullable: true),
                Bfm_ExceptionJustification = table.Column<string>(nullable: true),
                Bfm_ConsentRecordedAt = table.Column<DateTime>(nullable: true),
                Bfm_AcceptedAt = table.Column<DateTime>(nullable: true),
                Bfm_PlanType = table.Column<string>(maxLength: 40, nullable: true),
                Bfm_PlanAgreedAt = table.Column<DateTime>(nullable: true),
                Bfm_NextReviewDue = table.Column<DateOnly>(nullable: true),
                Bfm_LastReviewAt = table.Column<DateTime>(nullable: true),
                Bfm_ReviewCount = table.Column<int>(nullable: true),
                Bfm_ExtensionJustification = table.Column<string>(nullable: true),
                Bfm_ExitReason = table.Column<string>(maxLength: 40, nullable: true),
                Bfm_FinalProfile = table.Column<string>(maxLength: 4, nullable: true),
                Bfm_ExitedAt = table.Column<DateTime>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Cases", x => x.Id);
                table.ForeignKey("FK_Cases_Customers_CustomerId", x => x.CustomerId, "Customers", "Id", onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateTable(
            name: "JournalEntries",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                At = table.Column<DateTime>(nullable: false),
                Actor = table.Column<string>(nullable: false),
                SubjectType = table.Column<string>(maxLength: 20, nullable: false),
                SubjectId = table.Column<Guid>(nullable: false),
                Action = table.Column<string>(nullable: false),
                FromState = table.Column<string>(nullable: true),
                ToState = table.Column<string>(nullable: true),
                Reason = table.Column<string>(nullable: true),
                Note = table.Column<string>(nullable: true),
                Data = table.Column<string>(nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_JournalEntries", x => x.Id));

        migrationBuilder.CreateTable(
            name: "FollowUps",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                CaseId = table.Column<Guid>(nullable: false),
                CustomerId = table.Column<Guid>(nullable: false),
                Assignee = table.Column<string>(nullable: false),
                DueAt = table.Column<DateTime>(nullable: false),
                Reason = table.Column<string>(nullable: false),
                CreatedAt = table.Column<DateTime>(nullable: false),
                CreatedBy = table.Column<string>(nullable: false),
                DoneAt = table.Column<DateTime>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_FollowUps", x => x.Id);
                table.ForeignKey("FK_FollowUps_Cases_CaseId", x => x.CaseId, "Cases", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateIndex("IX_Customers_CustomerNumber", "Customers", "CustomerNumber", unique: true);
        migrationBuilder.CreateIndex("IX_CustomerActionNeeds_CustomerId", "CustomerActionNeeds", "CustomerId");
        migrationBuilder.CreateIndex("IX_Cases_CustomerId", "Cases", "CustomerId");
        migrationBuilder.CreateIndex("IX_JournalEntries_SubjectType_SubjectId_At", "JournalEntries", ["SubjectType", "SubjectId", "At"]);
        migrationBuilder.CreateIndex("IX_FollowUps_Assignee_DueAt", "FollowUps", ["Assignee", "DueAt"]);
        migrationBuilder.CreateIndex("IX_FollowUps_CaseId", "FollowUps", "CaseId");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable("FollowUps");
        migrationBuilder.DropTable("JournalEntries");
        migrationBuilder.DropTable("Cases");
        migrationBuilder.DropTable("CustomerActionNeeds");
        migrationBuilder.DropTable("Customers");
        migrationBuilder.DropTable("StaffUsers");
    }
}
