using CaseFlow.Host.Persistence.Configurations;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace CaseFlow.Host.Persistence.Migrations;

/// <summary>
/// Customers get a given and a family name, and the customer search needs them folded (lower case, ä/ae, ß/ss, only
/// a-z and 0-9): <c>FamilyNameKey</c> (family then given name) and <c>GivenNameKey</c> (given then family name), each
/// indexed with the responsible caseworker and the id, so a name prefix is an index range on SQLite and PostgreSQL that
/// also answers the access check without reading the rows. Customers registered before have empty names
/// and keys until someone records them. The cases get an index per caseworker column (with the customer id), so
/// "the customers of my cases" is read from indexes.
/// </summary>
[DbContext(typeof(CaseFlowDbContext))]
[Migration("20261130131000_CustomerNames")]
public sealed class CustomerNames : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<string>(name: "GivenName", table: "Customers", maxLength: 100, nullable: false, defaultValue: "");
        migrationBuilder.AddColumn<string>(name: "FamilyName", table: "Customers", maxLength: 100, nullable: false, defaultValue: "");
        migrationBuilder.AddColumn<string>(name: "FamilyNameKey", table: "Customers", maxLength: 200, nullable: false, defaultValue: "");
        migrationBuilder.AddColumn<string>(name: "GivenNameKey", table: "Customers", maxLength: 200, nullable: false, defaultValue: "");
        migrationBuilder.CreateIndex(name: CustomerConfiguration.FamilyNameKeyIndex, table: "Customers", columns: ["FamilyNameKey", "ResponsibleCaseworker", "Id"]);
        migrationBuilder.CreateIndex(name: CustomerConfiguration.GivenNameKeyIndex, table: "Customers", columns: ["GivenNameKey", "ResponsibleCaseworker", "Id"]);
        migrationBuilder.CreateIndex(name: CaseConfiguration.MainCaseworkerIndex, table: "Cases", columns: ["MainCaseworker", "CustomerId"]);
        migrationBuilder.CreateIndex(name: CaseConfiguration.ReferringCaseworkerIndex, table: "Cases", columns: ["ReferringCaseworker", "CustomerId"]);
        migrationBuilder.CreateIndex(name: CaseConfiguration.SecondaryCaseworkerIndex, table: "Cases", columns: ["SecondaryCaseworker", "CustomerId"]);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropIndex(name: CaseConfiguration.SecondaryCaseworkerIndex, table: "Cases");
        migrationBuilder.DropIndex(name: CaseConfiguration.ReferringCaseworkerIndex, table: "Cases");
        migrationBuilder.DropIndex(name: CaseConfiguration.MainCaseworkerIndex, table: "Cases");
        migrationBuilder.DropIndex(name: CustomerConfiguration.GivenNameKeyIndex, table: "Customers");
        migrationBuilder.DropIndex(name: CustomerConfiguration.FamilyNameKeyIndex, table: "Customers");
        migrationBuilder.DropColumn(name: "GivenNameKey", table: "Customers");
        migrationBuilder.DropColumn(name: "FamilyNameKey", table: "Customers");
        migrationBuilder.DropColumn(name: "FamilyName", table: "Customers");
        migrationBuilder.DropColumn(name: "GivenName", table: "Customers");
    }
}
