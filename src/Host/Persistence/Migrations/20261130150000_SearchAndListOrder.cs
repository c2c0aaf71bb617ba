using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace CaseFlow.Host.Persistence.Migrations;

/// <summary>
/// Access first for the customer search and an index-ordered supervisor list: the customers one is responsible for by
/// (responsible caseworker, key, id) for each search key, so a name or number prefix reads only one's own customers; the
/// search keys by id, so the customers of one's cases are checked against the range from an index alone; the customers of
/// a kind and state (the FM intake) and of an FM's cases by kind (for deputies) from an index alone; the cases by kind in
/// the order of "Meine Fälle" (kind, due date with nulls last, created, id), so the FM supervisor's team list merges the
/// first rows of the bFM and the referral range instead of sorting every FM case. Plain SQL with an expression index, the
/// same on SQLite and PostgreSQL.
/// </summary>
[DbContext(typeof(CaseFlowDbContext))]
[Migration("20261130150000_SearchAndListOrder")]
public sealed class SearchAndListOrder : Migration
{
    private static readonly (string Name, string Table, string Columns)[] Indexes =
    [
        ("IX_Customers_Responsible_FamilyNameKey", "Customers", "\"ResponsibleCaseworker\", \"FamilyNameKey\", \"Id\""),
        ("IX_Customers_Responsible_GivenNameKey", "Customers", "\"ResponsibleCaseworker\", \"GivenNameKey\", \"Id\""),
        ("IX_Customers_Responsible_CustomerNumber", "Customers", "\"ResponsibleCaseworker\", \"CustomerNumber\", \"Id\""),
        ("IX_Customers_Id_Keys", "Customers", "\"Id\", \"FamilyNameKey\", \"GivenNameKey\", \"CustomerNumber\""),
        ("IX_Cases_MainCaseworker_Kind_CustomerId", "Cases", "\"MainCaseworker\", \"Kind\", \"CustomerId\""),
        ("IX_Cases_Kind_State_CustomerId", "Cases", "\"Kind\", \"State\", \"CustomerId\""),
        ("IX_Cases_Kind_Due", "Cases", "\"Kind\", (\"NextDueOn\" IS NULL), \"NextDueOn\", \"CreatedAt\", \"Id\""),
    ];

    protected override void Up(MigrationBuilder migrationBuilder)
    {
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
    }
}
