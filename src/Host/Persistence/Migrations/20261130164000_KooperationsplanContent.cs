using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace CaseFlow.Host.Persistence.Migrations;

/// <summary>
/// The bFM plan gets content (issue 15 part 5): the potential analysis (strengths, obstacles), goals and steps as
/// JSON arrays of texts, the prognosis of the last review with its reasons, and the closing plan of the exit. All
/// columns are nullable like the rest of the owned bFM file; the bFM cases that exist get empty lists (<c>[]</c>), so
/// plans agreed before read as plans without content.
/// </summary>
[DbContext(typeof(CaseFlowDbContext))]
[Migration("20261130164000_KooperationsplanContent")]
public sealed class KooperationsplanContent : Migration
{
    private const string Table = "Cases";

    private static readonly string[] Lists = ["Bfm_Strengths", "Bfm_Obstacles", "Bfm_Goals", "Bfm_GoalLinks", "Bfm_Steps"];

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        foreach (var column in Lists)
        {
            migrationBuilder.AddColumn<string>(name: column, table: Table, nullable: true);
        }

        migrationBuilder.Sql(
            "UPDATE \"Cases\" SET \"Bfm_Strengths\" = '[]', \"Bfm_Obstacles\" = '[]', \"Bfm_Goals\" = '[]', \"Bfm_GoalLinks\" = '[]', \"Bfm_Steps\" = '[]' WHERE \"Kind\" = 'bfm'");
        migrationBuilder.AddColumn<string>(name: "Bfm_Prognosis", table: Table, maxLength: 20, nullable: true);
        migrationBuilder.AddColumn<string>(name: "Bfm_PrognosisReasons", table: Table, maxLength: 2000, nullable: true);
        migrationBuilder.AddColumn<string>(name: "Bfm_ClosingPlan", table: Table, maxLength: 2000, nullable: true);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropColumn(name: "Bfm_ClosingPlan", table: Table);
        migrationBuilder.DropColumn(name: "Bfm_PrognosisReasons", table: Table);
        migrationBuilder.DropColumn(name: "Bfm_Prognosis", table: Table);
        foreach (var column in Enumerable.Reverse(Lists))
        {
            migrationBuilder.DropColumn(name: column, table: Table);
        }
    }
}
