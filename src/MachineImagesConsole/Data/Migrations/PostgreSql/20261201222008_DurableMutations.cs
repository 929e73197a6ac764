using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MachineImagesConsole.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class DurableMutations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Identity",
                table: "AuditRecords",
                type: "character varying(16)",
                maxLength: 16,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "RequestJson",
                table: "AuditRecords",
                type: "text",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_AuditRecords_Outcome",
                table: "AuditRecords",
                column: "Outcome");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_AuditRecords_Outcome",
                table: "AuditRecords");

            migrationBuilder.DropColumn(
                name: "Identity",
                table: "AuditRecords");

            migrationBuilder.DropColumn(
                name: "RequestJson",
                table: "AuditRecords");
        }
    }
}
