using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MachineImagesConsole.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class OperationLeases : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "OperationLeases",
                columns: table => new
                {
                    TrackedOperationId = table.Column<long>(type: "bigint", nullable: false),
                    Owner = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    AcquiredAt = table.Column<long>(type: "bigint", nullable: false),
                    ExpiresAt = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OperationLeases", x => x.TrackedOperationId);
                    table.ForeignKey(
                        name: "FK_OperationLeases_TrackedOperations_TrackedOperationId",
                        column: x => x.TrackedOperationId,
                        principalTable: "TrackedOperations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_OperationLeases_ExpiresAt",
                table: "OperationLeases",
                column: "ExpiresAt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "OperationLeases");
        }
    }
}
