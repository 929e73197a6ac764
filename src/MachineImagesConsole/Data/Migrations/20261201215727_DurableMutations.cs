using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MachineImagesConsole.Data.Migrations
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
                type: "TEXT",
                maxLength: 16,
                nullable: false,
                defaultValue: "User");

            migrationBuilder.AddColumn<string>(
                name: "RequestJson",
                table: "AuditRecords",
                type: "TEXT",
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
