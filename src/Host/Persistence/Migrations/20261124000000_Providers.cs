using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace CaseFlow.Host.Persistence.Migrations;

/// <summary>The provider registry (Träger) with the cooperation agreement in the provider's row, and the providers' hashed API keys.</summary>
[DbContext(typeof(CaseFlowDbContext))]
[Migration("20261124000000_Providers")]
public sealed class Providers : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "Providers",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                Key = table.Column<string>(maxLength: 40, nullable: false),
                Name = table.Column<string>(maxLength: 200, nullable: false),
                Kind = table.Column<string>(maxLength: 40, nullable: false),
                TargetGroups = table.Column<string>(nullable: false),
                Active = table.Column<bool>(nullable: false),
                CreatedAt = table.Column<DateTime>(nullable: false),
                UpdatedAt = table.Column<DateTime>(nullable: false),
                Version = table.Column<int>(nullable: false),
                Agreement_SharedFields = table.Column<string>(nullable: false),
                Agreement_ReportIntervalDays = table.Column<int>(nullable: false),
                Agreement_ConferenceIntervalMonths = table.Column<int>(nullable: false),
                Agreement_Reference = table.Column<string>(maxLength: 100, nullable: true),
                Agreement_UpdatedAt = table.Column<DateTime>(nullable: false),
                Agreement_UpdatedBy = table.Column<string>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_Providers", x => x.Id));
        migrationBuilder.CreateIndex("IX_Providers_Key", "Providers", "Key", unique: true);

        migrationBuilder.CreateTable(
            name: "ProviderApiKeys",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                ProviderId = table.Column<Guid>(nullable: false),
                Label = table.Column<string>(maxLength: 100, nullable: false),
                Prefix = table.Column<string>(maxLength: 8, nullable: false),
                Hash = table.Column<string>(maxLength: 64, nullable: false),
                CreatedAt = table.Column<DateTime>(nullable: false),
                CreatedBy = table.Column<string>(nullable: false),
                LastUsedAt = table.Column<DateTime>(nullable: true),
                RevokedAt = table.Column<DateTime>(nullable: true),
                RevokedBy = table.Column<string>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ProviderApiKeys", x => x.Id);
                table.ForeignKey("FK_ProviderApiKeys_Providers_ProviderId", x => x.ProviderId, "Providers", "Id", onDelete: ReferentialAction.Restrict);
            });
        migrationBuilder.CreateIndex("IX_ProviderApiKeys_Hash", "ProviderApiKeys", "Hash", unique: true);
        migrationBuilder.CreateIndex("IX_ProviderApiKeys_ProviderId", "ProviderApiKeys", "ProviderId");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable("ProviderApiKeys");
        migrationBuilder.DropTable("Providers");
    }
}
