using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MachineImagesConsole.Data.Migrations
{
    /// <inheritdoc />
    public partial class InitialSchema : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AuditRecords",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Time = table.Column<long>(type: "INTEGER", nullable: false),
                    ActorEmail = table.Column<string>(type: "TEXT", maxLength: 320, nullable: false),
                    ActorRole = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Action = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Target = table.Column<string>(type: "TEXT", maxLength: 1024, nullable: false),
                    Project = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ParametersJson = table.Column<string>(type: "TEXT", nullable: true),
                    RequestId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    ErrorReasons = table.Column<string>(type: "TEXT", maxLength: 1024, nullable: true),
                    ErrorMessage = table.Column<string>(type: "TEXT", nullable: true),
                    OperationName = table.Column<string>(type: "TEXT", maxLength: 128, nullable: true),
                    CompletedTime = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditRecords", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DrillRuns",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SourceProject = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    SourceMachineImage = table.Column<string>(type: "TEXT", maxLength: 63, nullable: true),
                    SourceInstance = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    LatestBackupOfInstance = table.Column<bool>(type: "INTEGER", nullable: false),
                    TargetProject = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Zone = table.Column<string>(type: "TEXT", maxLength: 63, nullable: false),
                    Network = table.Column<string>(type: "TEXT", maxLength: 63, nullable: false),
                    Subnetwork = table.Column<string>(type: "TEXT", maxLength: 63, nullable: false),
                    VmName = table.Column<string>(type: "TEXT", maxLength: 63, nullable: false),
                    BootMarker = table.Column<string>(type: "TEXT", maxLength: 512, nullable: false),
                    ProbeKind = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    ProbeHost = table.Column<string>(type: "TEXT", maxLength: 255, nullable: true),
                    ProbePort = table.Column<int>(type: "INTEGER", nullable: true),
                    ProbePath = table.Column<string>(type: "TEXT", maxLength: 512, nullable: true),
                    KeepVm = table.Column<bool>(type: "INTEGER", nullable: false),
                    RtoTargetSeconds = table.Column<double>(type: "REAL", nullable: false),
                    RequestedBy = table.Column<string>(type: "TEXT", maxLength: 320, nullable: false),
                    RequestedRole = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Phase = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    RequestedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    StartedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    AcceptedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    RunningAt = table.Column<long>(type: "INTEGER", nullable: true),
                    VerifiedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    FinishedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    InsertOperationName = table.Column<string>(type: "TEXT", maxLength: 128, nullable: true),
                    FailureReason = table.Column<string>(type: "TEXT", maxLength: 2048, nullable: true),
                    CleanupResult = table.Column<string>(type: "TEXT", maxLength: 1024, nullable: true),
                    RtoSeconds = table.Column<double>(type: "REAL", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DrillRuns", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ProtectedResources",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Project = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Collection = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 63, nullable: false),
                    ProtectedBy = table.Column<string>(type: "TEXT", maxLength: 320, nullable: false),
                    ProtectedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 512, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProtectedResources", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "RetentionRules",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Project = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Collection = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    NamePrefix = table.Column<string>(type: "TEXT", maxLength: 63, nullable: true),
                    LabelKey = table.Column<string>(type: "TEXT", maxLength: 63, nullable: true),
                    LabelValue = table.Column<string>(type: "TEXT", maxLength: 63, nullable: true),
                    SourceInstance = table.Column<string>(type: "TEXT", maxLength: 63, nullable: true),
                    KeepLast = table.Column<int>(type: "INTEGER", nullable: true),
                    OlderThanDays = table.Column<int>(type: "INTEGER", nullable: true),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 320, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    LastRunAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RetentionRules", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ScheduledDeprecations",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Project = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Image = table.Column<string>(type: "TEXT", maxLength: 63, nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Replacement = table.Column<string>(type: "TEXT", maxLength: 1024, nullable: true),
                    DueAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ScheduledBy = table.Column<string>(type: "TEXT", maxLength: 320, nullable: false),
                    ScheduledByRole = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    ScheduledAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CompletedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Cancelled = table.Column<bool>(type: "INTEGER", nullable: false),
                    AuditRecordId = table.Column<long>(type: "INTEGER", nullable: true),
                    Error = table.Column<string>(type: "TEXT", maxLength: 1024, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ScheduledDeprecations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SelfServiceApprovals",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Project = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    MachineImage = table.Column<string>(type: "TEXT", maxLength: 63, nullable: false),
                    ApprovedBy = table.Column<string>(type: "TEXT", maxLength: 320, nullable: false),
                    ApprovedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SelfServiceApprovals", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SelfServiceClones",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RequestedBy = table.Column<string>(type: "TEXT", maxLength: 320, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    SourceProject = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    MachineImage = table.Column<string>(type: "TEXT", maxLength: 63, nullable: false),
                    Project = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Zone = table.Column<string>(type: "TEXT", maxLength: 63, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 63, nullable: false),
                    MachineType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ExpiresAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    OperationName = table.Column<string>(type: "TEXT", maxLength: 128, nullable: true),
                    AuditRecordId = table.Column<long>(type: "INTEGER", nullable: false),
                    DeletedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Error = table.Column<string>(type: "TEXT", maxLength: 1024, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SelfServiceClones", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "TrackedOperations",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Project = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Scope = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    OperationName = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    RequestId = table.Column<Guid>(type: "TEXT", nullable: true),
                    StartedBy = table.Column<string>(type: "TEXT", maxLength: 320, nullable: false),
                    AuditRecordId = table.Column<long>(type: "INTEGER", nullable: true),
                    TargetLink = table.Column<string>(type: "TEXT", maxLength: 1024, nullable: true),
                    OperationType = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Progress = table.Column<int>(type: "INTEGER", nullable: false),
                    Done = table.Column<bool>(type: "INTEGER", nullable: false),
                    ErrorReasons = table.Column<string>(type: "TEXT", maxLength: 1024, nullable: true),
                    ErrorMessage = table.Column<string>(type: "TEXT", nullable: true),
                    InsertTime = table.Column<long>(type: "INTEGER", nullable: true),
                    StartTime = table.Column<long>(type: "INTEGER", nullable: true),
                    EndTime = table.Column<long>(type: "INTEGER", nullable: true),
                    TrackedSince = table.Column<long>(type: "INTEGER", nullable: false),
                    LastPolled = table.Column<long>(type: "INTEGER", nullable: true),
                    LastRawJson = table.Column<string>(type: "TEXT", nullable: true),
                    IdentityMode = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TrackedOperations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "UserSessions",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Email = table.Column<string>(type: "TEXT", maxLength: 320, nullable: true),
                    ProtectedAccessToken = table.Column<string>(type: "TEXT", nullable: false),
                    ProtectedRefreshToken = table.Column<string>(type: "TEXT", nullable: true),
                    AccessTokenExpiresAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_UserSessions", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AuditRecords_ActorEmail_Time",
                table: "AuditRecords",
                columns: new[] { "ActorEmail", "Time" });

            migrationBuilder.CreateIndex(
                name: "IX_AuditRecords_Project_OperationName",
                table: "AuditRecords",
                columns: new[] { "Project", "OperationName" });

            migrationBuilder.CreateIndex(
                name: "IX_AuditRecords_Project_Time",
                table: "AuditRecords",
                columns: new[] { "Project", "Time" });

            migrationBuilder.CreateIndex(
                name: "IX_AuditRecords_RequestId",
                table: "AuditRecords",
                column: "RequestId");

            migrationBuilder.CreateIndex(
                name: "IX_AuditRecords_Time",
                table: "AuditRecords",
                column: "Time");

            migrationBuilder.CreateIndex(
                name: "IX_DrillRuns_Phase",
                table: "DrillRuns",
                column: "Phase");

            migrationBuilder.CreateIndex(
                name: "IX_DrillRuns_SourceProject_SourceInstance",
                table: "DrillRuns",
                columns: new[] { "SourceProject", "SourceInstance" });

            migrationBuilder.CreateIndex(
                name: "IX_DrillRuns_SourceProject_SourceMachineImage",
                table: "DrillRuns",
                columns: new[] { "SourceProject", "SourceMachineImage" });

            migrationBuilder.CreateIndex(
                name: "IX_ProtectedResources_Project_Collection_Name",
                table: "ProtectedResources",
                columns: new[] { "Project", "Collection", "Name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RetentionRules_Project",
                table: "RetentionRules",
                column: "Project");

            migrationBuilder.CreateIndex(
                name: "IX_ScheduledDeprecations_DueAt",
                table: "ScheduledDeprecations",
                column: "DueAt");

            migrationBuilder.CreateIndex(
                name: "IX_SelfServiceApprovals_Project_MachineImage",
                table: "SelfServiceApprovals",
                columns: new[] { "Project", "MachineImage" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SelfServiceClones_Status_ExpiresAt",
                table: "SelfServiceClones",
                columns: new[] { "Status", "ExpiresAt" });

            migrationBuilder.CreateIndex(
                name: "IX_TrackedOperations_Done",
                table: "TrackedOperations",
                column: "Done");

            migrationBuilder.CreateIndex(
                name: "IX_TrackedOperations_Project_Scope_OperationName",
                table: "TrackedOperations",
                columns: new[] { "Project", "Scope", "OperationName" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_UserSessions_UpdatedAt",
                table: "UserSessions",
                column: "UpdatedAt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AuditRecords");

            migrationBuilder.DropTable(
                name: "DrillRuns");

            migrationBuilder.DropTable(
                name: "ProtectedResources");

            migrationBuilder.DropTable(
                name: "RetentionRules");

            migrationBuilder.DropTable(
                name: "ScheduledDeprecations");

            migrationBuilder.DropTable(
                name: "SelfServiceApprovals");

            migrationBuilder.DropTable(
                name: "SelfServiceClones");

            migrationBuilder.DropTable(
                name: "TrackedOperations");

            migrationBuilder.DropTable(
                name: "UserSessions");
        }
    }
}
