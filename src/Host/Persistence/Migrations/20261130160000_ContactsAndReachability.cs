using CaseFlow.Host.Persistence.Configurations;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace CaseFlow.Host.Persistence.Migrations;

/// <summary>
/// Contacts with customers (seed 004) and missed appointments in one table <c>Contacts</c>, with <c>Counts</c> decided at
/// recording, indexed by (customer, occurred at) for the list and by (customer, counts, occurred at) for the due list. The
/// customer gets the row of missed appointments and the not-reachable mark (Neue Grundsicherung 2026). A follow-up may now
/// be about a customer without a case ("Übergabe an die aufsuchende Beratung prüfen"): <c>FollowUps.CaseId</c> becomes
/// nullable. SQLite cannot drop NOT NULL, so there the table is rebuilt with the same columns, keys and indexes.
/// </summary>
[DbContext(typeof(CaseFlowDbContext))]
[Migration("20261130160000_ContactsAndReachability")]
public sealed class ContactsAndReachability : Migration
{
    private const string FollowUpColumns = "\"Id\", \"CaseId\", \"CustomerId\", \"Assignee\", \"DueAt\", \"Reason\", \"CreatedAt\", \"CreatedBy\", \"DoneAt\", \"DoneBy\"";

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "Contacts",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                CustomerId = table.Column<Guid>(nullable: false),
                Outcome = table.Column<string>(maxLength: 20, nullable: false),
                NoteType = table.Column<string>(maxLength: 40, nullable: true),
                Channel = table.Column<string>(maxLength: 20, nullable: true),
                OccurredAt = table.Column<DateTime>(nullable: false),
                Counts = table.Column<bool>(nullable: false),
                Note = table.Column<string>(maxLength: 4000, nullable: true),
                RecordedAt = table.Column<DateTime>(nullable: false),
                RecordedBy = table.Column<string>(maxLength: 100, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Contacts", x => x.Id);
                table.ForeignKey("FK_Contacts_Customers_CustomerId", x => x.CustomerId, "Customers", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex(name: ContactConfiguration.CustomerIndex, table: "Contacts", columns: ["CustomerId", "OccurredAt"]);
        migrationBuilder.CreateIndex(name: ContactConfiguration.CountingIndex, table: "Contacts", columns: ["CustomerId", "Counts", "OccurredAt"]);
        migrationBuilder.AddColumn<int>(name: "MissedInARow", table: "Customers", nullable: false, defaultValue: 0);
        migrationBuilder.AddColumn<DateTime>(name: "NotReachableSince", table: "Customers", nullable: true);
        SetCaseIdNullable(migrationBuilder, nullable: true);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("DELETE FROM \"FollowUps\" WHERE \"CaseId\" IS NULL;");
        SetCaseIdNullable(migrationBuilder, nullable: false);
        migrationBuilder.DropColumn(name: "NotReachableSince", table: "Customers");
        migrationBuilder.DropColumn(name: "MissedInARow", table: "Customers");
        migrationBuilder.DropTable(name: "Contacts");
    }

    private static void SetCaseIdNullable(MigrationBuilder migrationBuilder, bool nullable)
    {
        if (migrationBuilder.ActiveProvider != "Microsoft.EntityFrameworkCore.Sqlite")
        {
            migrationBuilder.Sql($"ALTER TABLE \"FollowUps\" ALTER COLUMN \"CaseId\" {(nullable ? "DROP" : "SET")} NOT NULL;");
            return;
        }

        migrationBuilder.Sql(
            "CREATE TABLE \"FollowUps_new\" (\"Id\" TEXT NOT NULL CONSTRAINT \"PK_FollowUps\" PRIMARY KEY, "
            + $"\"CaseId\" TEXT {(nullable ? "NULL" : "NOT NULL")}, \"CustomerId\" TEXT NOT NULL, \"Assignee\" TEXT NOT NULL, "
            + "\"DueAt\" TEXT NOT NULL, \"Reason\" TEXT NOT NULL, \"CreatedAt\" TEXT NOT NULL, \"CreatedBy\" TEXT NOT NULL, "
            + "\"DoneAt\" TEXT NULL, \"DoneBy\" TEXT NULL, "
            + "CONSTRAINT \"FK_FollowUps_Cases_CaseId\" FOREIGN KEY (\"CaseId\") REFERENCES \"Cases\" (\"Id\") ON DELETE CASCADE);",
            suppressTransaction: false);
        migrationBuilder.Sql($"INSERT INTO \"FollowUps_new\" ({FollowUpColumns}) SELECT {FollowUpColumns} FROM \"FollowUps\";");
        migrationBuilder.Sql("DROP TABLE \"FollowUps\";");
        migrationBuilder.Sql("ALTER TABLE \"FollowUps_new\" RENAME TO \"FollowUps\";");
        migrationBuilder.Sql("CREATE INDEX \"IX_FollowUps_Assignee_DoneAt_DueAt\" ON \"FollowUps\" (\"Assignee\", \"DoneAt\", \"DueAt\");");
        migrationBuilder.Sql("CREATE INDEX \"IX_FollowUps_CaseId\" ON \"FollowUps\" (\"CaseId\");");
    }
}
