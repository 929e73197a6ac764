using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MachineImagesConsole.Data.Migrations
{
    /// <inheritdoc />
    public partial class BackupRunInstance : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Instance",
                table: "BackupRuns",
                type: "TEXT",
                maxLength: 130,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Instance",
                table: "BackupRuns");
        }
    }
}
