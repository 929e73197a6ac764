using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace MachineImagesConsole.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class BackupPolicies : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "KeepDaily",
                table: "RetentionRules",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "KeepMonthly",
                table: "RetentionRules",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "KeepWeekly",
                table: "RetentionRules",
                type: "integer",
                nullable: true);

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

            migrationBuilder.CreateTable(
                name: "BackupPolicies",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Name = table.Column<string>(type: "character varying(63)", maxLength: 63, nullable: false),
                    Description = table.Column<string>(type: "character varying(1024)", maxLength: 1024, nullable: false),
                    Project = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Schedule = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    TimeZone = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Instances = table.Column<string>(type: "character varying(8192)", maxLength: 8192, nullable: false),
                    Selector = table.Column<string>(type: "character varying(1024)", maxLength: 1024, nullable: false),
                    StorageLocation = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    GuestFlush = table.Column<bool>(type: "boolean", nullable: false),
                    KmsKeyName = table.Column<string>(type: "character varying(512)", maxLength: 512, nullable: true),
                    ImageDescription = table.Column<string>(type: "character varying(2048)", maxLength: 2048, nullable: true),
                    ExtraLabels = table.Column<string>(type: "character varying(2048)", maxLength: 2048, nullable: false),
                    NameTemplate = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    KeepLast = table.Column<int>(type: "integer", nullable: true),
                    OlderThanDays = table.Column<int>(type: "integer", nullable: true),
                    KeepDaily = table.Column<int>(type: "integer", nullable: true),
                    KeepWeekly = table.Column<int>(type: "integer", nullable: true),
                    KeepMonthly = table.Column<int>(type: "integer", nullable: true),
                    DrillSchedule = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: true),
                    Paused = table.Column<bool>(type: "boolean", nullable: false),
                    Declared = table.Column<bool>(type: "boolean", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(320)", maxLength: 320, nullable: false),
                    CreatedAt = table.Column<long>(type: "bigint", nullable: false),
                    UpdatedAt = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BackupPolicies", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "BackupRuns",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PolicyId = table.Column<long>(type: "bigint", nullable: false),
                    PolicyName = table.Column<string>(type: "character varying(63)", maxLength: 63, nullable: false),
                    Project = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    ScheduledFor = table.Column<long>(type: "bigint", nullable: false),
                    StartedAt = table.Column<long>(type: "bigint", nullable: false),
                    FinishedAt = table.Column<long>(type: "bigint", nullable: true),
                    Trigger = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    RequestedBy = table.Column<string>(type: "character varying(320)", maxLength: 320, nullable: false),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Notes = table.Column<string>(type: "character varying(4096)", maxLength: 4096, nullable: true),
                    RetentionSummary = table.Column<string>(type: "character varying(4096)", maxLength: 4096, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BackupRuns", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "BackupRunItems",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RunId = table.Column<long>(type: "bigint", nullable: false),
                    PolicyId = table.Column<long>(type: "bigint", nullable: false),
                    Instance = table.Column<string>(type: "character varying(130)", maxLength: 130, nullable: false),
                    ScheduledFor = table.Column<long>(type: "bigint", nullable: false),
                    ImageName = table.Column<string>(type: "character varying(63)", maxLength: 63, nullable: false),
                    RequestId = table.Column<Guid>(type: "uuid", nullable: false),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Reason = table.Column<string>(type: "character varying(2048)", maxLength: 2048, nullable: true),
                    OperationName = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: true),
                    AuditRecordId = table.Column<long>(type: "bigint", nullable: true),
                    StartedAt = table.Column<long>(type: "bigint", nullable: true),
                    FinishedAt = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BackupRunItems", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BackupRunItems_BackupRuns_RunId",
                        column: x => x.RunId,
                        principalTable: "BackupRuns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AuditRecords_Outcome",
                table: "AuditRecords",
                column: "Outcome");

            migrationBuilder.CreateIndex(
                name: "IX_BackupPolicies_Name",
                table: "BackupPolicies",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_BackupPolicies_Project",
                table: "BackupPolicies",
                column: "Project");

            migrationBuilder.CreateIndex(
                name: "IX_BackupRunItems_PolicyId_Instance_ScheduledFor",
                table: "BackupRunItems",
                columns: new[] { "PolicyId", "Instance", "ScheduledFor" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_BackupRunItems_PolicyId_Instance_Status",
                table: "BackupRunItems",
                columns: new[] { "PolicyId", "Instance", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_BackupRunItems_RequestId",
                table: "BackupRunItems",
                column: "RequestId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_BackupRunItems_RunId",
                table: "BackupRunItems",
                column: "RunId");

            migrationBuilder.CreateIndex(
                name: "IX_BackupRuns_PolicyId_ScheduledFor",
                table: "BackupRuns",
                columns: new[] { "PolicyId", "ScheduledFor" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_BackupRuns_Status_StartedAt",
                table: "BackupRuns",
                columns: new[] { "Status", "StartedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "BackupPolicies");

            migrationBuilder.DropTable(
                name: "BackupRunItems");

            migrationBuilder.DropTable(
                name: "BackupRuns");

            migrationBuilder.DropIndex(
                name: "IX_AuditRecords_Outcome",
                table: "AuditRecords");

            migrationBuilder.DropColumn(
                name: "KeepDaily",
                table: "RetentionRules");

            migrationBuilder.DropColumn(
                name: "KeepMonthly",
                table: "RetentionRules");

            migrationBuilder.DropColumn(
                name: "KeepWeekly",
                table: "RetentionRules");

            migrationBuilder.DropColumn(
                name: "Identity",
                table: "AuditRecords");

            migrationBuilder.DropColumn(
                name: "RequestJson",
                table: "AuditRecords");
        }
    }
}
