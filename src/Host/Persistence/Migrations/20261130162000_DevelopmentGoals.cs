using CaseFlow.Host.Goals;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace CaseFlow.Host.Persistence.Migrations;

/// <summary>
/// fa:z development goals (issue 15 part 4): a customer's goals with their interventions and reviews. A filtered unique
/// index on <c>DevelopmentGoals</c> (customer) over the active status keeps one active goal per customer also against two
/// concurrent requests; a second index lists a customer's goals newest first. New tables only, so no data to move.
/// </summary>
[DbContext(typeof(CaseFlowDbContext))]
[Migration("20261130162000_DevelopmentGoals")]
public sealed class DevelopmentGoals : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "DevelopmentGoals",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                CustomerId = table.Column<Guid>(nullable: false),
                ResourceArea = table.Column<string>(maxLength: 40, nullable: false),
                Description = table.Column<string>(maxLength: 1000, nullable: false),
                AgreedOn = table.Column<DateOnly>(nullable: false),
                AgreedWithCustomer = table.Column<bool>(nullable: false),
                Coach = table.Column<string>(maxLength: 100, nullable: false),
                CreatedAt = table.Column<DateTime>(nullable: false),
                Status = table.Column<string>(maxLength: 20, nullable: false),
                EndedAt = table.Column<DateTime>(nullable: true),
                Version = table.Column<int>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_DevelopmentGoals", x => x.Id);
                table.ForeignKey(
                    name: "FK_DevelopmentGoals_Customers_CustomerId",
                    column: x => x.CustomerId,
                    principalTable: "Customers",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateTable(
            name: "GoalInterventions",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                GoalId = table.Column<Guid>(nullable: false),
                Kind = table.Column<string>(maxLength: 20, nullable: false),
                Description = table.Column<string>(maxLength: 1000, nullable: false),
                CaseId = table.Column<Guid>(nullable: true),
                CreatedAt = table.Column<DateTime>(nullable: false),
                CreatedBy = table.Column<string>(maxLength: 100, nullable: false),
                EndedAt = table.Column<DateTime>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_GoalInterventions", x => x.Id);
                table.ForeignKey(
                    name: "FK_GoalInterventions_Cases_CaseId",
                    column: x => x.CaseId,
                    principalTable: "Cases",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
                table.ForeignKey(
                    name: "FK_GoalInterventions_DevelopmentGoals_GoalId",
                    column: x => x.GoalId,
                    principalTable: "DevelopmentGoals",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "GoalReviews",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                GoalId = table.Column<Guid>(nullable: false),
                Outcome = table.Column<string>(maxLength: 20, nullable: false),
                Decision = table.Column<string>(maxLength: 20, nullable: true),
                Note = table.Column<string>(maxLength: 2000, nullable: true),
                ReviewedAt = table.Column<DateTime>(nullable: false),
                ReviewedBy = table.Column<string>(maxLength: 100, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_GoalReviews", x => x.Id);
                table.ForeignKey(
                    name: "FK_GoalReviews_DevelopmentGoals_GoalId",
                    column: x => x.GoalId,
                    principalTable: "DevelopmentGoals",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateIndex(
            name: ActiveGoals.IndexName, table: "DevelopmentGoals", column: "CustomerId", unique: true, filter: ActiveGoals.IndexFilter);
        migrationBuilder.CreateIndex(name: "IX_DevelopmentGoals_CustomerId_CreatedAt", table: "DevelopmentGoals", columns: ["CustomerId", "CreatedAt"]);
        migrationBuilder.CreateIndex(name: "IX_GoalInterventions_CaseId", table: "GoalInterventions", column: "CaseId");
        migrationBuilder.CreateIndex(name: "IX_GoalInterventions_GoalId", table: "GoalInterventions", column: "GoalId");
        migrationBuilder.CreateIndex(name: "IX_GoalReviews_GoalId", table: "GoalReviews", column: "GoalId");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(name: "GoalReviews");
        migrationBuilder.DropTable(name: "GoalInterventions");
        migrationBuilder.DropTable(name: "DevelopmentGoals");
    }
}
