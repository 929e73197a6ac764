using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace MachineImagesConsole.Data.Migrations.PostgreSql
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
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Time = table.Column<long>(type: "bigint", nullable: false),
                    ActorEmail = table.Column<string>(type: "character varying(320)", maxLength: 320, nullable: false),
                    ActorRole = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Action = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Target = table.Column<string>(type: "character varying(1024)", maxLength: 1024, nullable: false),
                    Project = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    ParametersJson = table.Column<string>(type: "text", nullable: true),
                    RequestId = table.Column<Guid>(type: "uuid", nullable: false),
                    Outcome = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    ErrorReasons = table.Column<string>(type: "character varying(1024)", maxLength: 1024, nullable: true),
                    ErrorMessage = table.Column<string>(type: "text", nullable: true),
                    OperationName = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: true),
                    RequestJson = table.Column<string>(type: "text", nullable: true),
                    Identity = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    CompletedTime = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditRecords", x => x.Id);
                });

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
                name: "DataProtectionKeys",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    FriendlyName = table.Column<string>(type: "text", nullable: true),
                    Xml = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DataProtectionKeys", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DrillRuns",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SourceProject = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    SourceMachineImage = table.Column<string>(type: "character varying(63)", maxLength: 63, nullable: true),
                    SourceInstance = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    LatestBackupOfInstance = table.Column<bool>(type: "boolean", nullable: false),
                    TargetProject = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Zone = table.Column<string>(type: "character varying(63)", maxLength: 63, nullable: false),
                    Network = table.Column<string>(type: "character varying(63)", maxLength: 63, nullable: false),
                    Subnetwork = table.Column<string>(type: "character varying(63)", maxLength: 63, nullable: false),
                    VmName = table.Column<string>(type: "character varying(63)", maxLength: 63, nullable: false),
                    BootMarker = table.Column<string>(type: "character varying(512)", maxLength: 512, nullable: false),
                    ProbeKind = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    ProbeHost = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: true),
                    ProbePort = table.Column<int>(type: "integer", nullable: true),
                    ProbePath = table.Column<string>(type: "character varying(512)", maxLength: 512, nullable: true),
                    KeepVm = table.Column<bool>(type: "boolean", nullable: false),
                    RtoTargetSeconds = table.Column<double>(type: "double precision", nullable: false),
                    RequestedBy = table.Column<string>(type: "character varying(320)", maxLength: 320, nullable: false),
                    RequestedRole = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Phase = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    RequestedAt = table.Column<long>(type: "bigint", nullable: false),
                    StartedAt = table.Column<long>(type: "bigint", nullable: true),
                    AcceptedAt = table.Column<long>(type: "bigint", nullable: true),
                    RunningAt = table.Column<long>(type: "bigint", nullable: true),
                    VerifiedAt = table.Column<long>(type: "bigint", nullable: true),
                    FinishedAt = table.Column<long>(type: "bigint", nullable: true),
                    InsertOperationName = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: true),
                    FailureReason = table.Column<string>(type: "character varying(2048)", maxLength: 2048, nullable: true),
                    CleanupResult = table.Column<string>(type: "character varying(1024)", maxLength: 1024, nullable: true),
                    RtoSeconds = table.Column<double>(type: "double precision", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DrillRuns", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ProtectedResources",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Project = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Collection = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Name = table.Column<string>(type: "character varying(63)", maxLength: 63, nullable: false),
                    ProtectedBy = table.Column<string>(type: "character varying(320)", maxLength: 320, nullable: false),
                    ProtectedAt = table.Column<long>(type: "bigint", nullable: false),
                    Reason = table.Column<string>(type: "character varying(512)", maxLength: 512, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProtectedResources", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "RetentionRules",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Project = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Collection = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    NamePrefix = table.Column<string>(type: "character varying(63)", maxLength: 63, nullable: true),
                    LabelKey = table.Column<string>(type: "character varying(63)", maxLength: 63, nullable: true),
                    LabelValue = table.Column<string>(type: "character varying(63)", maxLength: 63, nullable: true),
                    SourceInstance = table.Column<string>(type: "character varying(63)", maxLength: 63, nullable: true),
                    KeepLast = table.Column<int>(type: "integer", nullable: true),
                    OlderThanDays = table.Column<int>(type: "integer", nullable: true),
                    KeepDaily = table.Column<int>(type: "integer", nullable: true),
                    KeepWeekly = table.Column<int>(type: "integer", nullable: true),
                    KeepMonthly = table.Column<int>(type: "integer", nullable: true),
                    CreatedBy = table.Column<string>(type: "character varying(320)", maxLength: 320, nullable: false),
                    CreatedAt = table.Column<long>(type: "bigint", nullable: false),
                    LastRunAt = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RetentionRules", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ScheduledDeprecations",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Project = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Image = table.Column<string>(type: "character varying(63)", maxLength: 63, nullable: false),
                    State = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Replacement = table.Column<string>(type: "character varying(1024)", maxLength: 1024, nullable: true),
                    DueAt = table.Column<long>(type: "bigint", nullable: false),
                    ScheduledBy = table.Column<string>(type: "character varying(320)", maxLength: 320, nullable: false),
                    ScheduledByRole = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    ScheduledAt = table.Column<long>(type: "bigint", nullable: false),
                    CompletedAt = table.Column<long>(type: "bigint", nullable: true),
                    Cancelled = table.Column<bool>(type: "boolean", nullable: false),
                    AuditRecordId = table.Column<long>(type: "bigint", nullable: true),
                    Error = table.Column<string>(type: "character varying(1024)", maxLength: 1024, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ScheduledDeprecations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SelfServiceApprovals",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Project = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    MachineImage = table.Column<string>(type: "character varying(63)", maxLength: 63, nullable: false),
                    ApprovedBy = table.Column<string>(type: "character varying(320)", maxLength: 320, nullable: false),
                    ApprovedAt = table.Column<long>(type: "bigint", nullable: false),
                    Note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SelfServiceApprovals", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SelfServiceClones",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RequestedBy = table.Column<string>(type: "character varying(320)", maxLength: 320, nullable: false),
                    Reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    SourceProject = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    MachineImage = table.Column<string>(type: "character varying(63)", maxLength: 63, nullable: false),
                    Project = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Zone = table.Column<string>(type: "character varying(63)", maxLength: 63, nullable: false),
                    Name = table.Column<string>(type: "character varying(63)", maxLength: 63, nullable: false),
                    MachineType = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    CreatedAt = table.Column<long>(type: "bigint", nullable: false),
                    ExpiresAt = table.Column<long>(type: "bigint", nullable: false),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    OperationName = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: true),
                    AuditRecordId = table.Column<long>(type: "bigint", nullable: false),
                    DeletedAt = table.Column<long>(type: "bigint", nullable: true),
                    Error = table.Column<string>(type: "character varying(1024)", maxLength: 1024, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SelfServiceClones", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "TrackedOperations",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Project = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Scope = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    OperationName = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    RequestId = table.Column<Guid>(type: "uuid", nullable: true),
                    StartedBy = table.Column<string>(type: "character varying(320)", maxLength: 320, nullable: false),
                    AuditRecordId = table.Column<long>(type: "bigint", nullable: true),
                    TargetLink = table.Column<string>(type: "character varying(1024)", maxLength: 1024, nullable: true),
                    OperationType = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Progress = table.Column<int>(type: "integer", nullable: false),
                    Done = table.Column<bool>(type: "boolean", nullable: false),
                    ErrorReasons = table.Column<string>(type: "character varying(1024)", maxLength: 1024, nullable: true),
                    ErrorMessage = table.Column<string>(type: "text", nullable: true),
                    InsertTime = table.Column<long>(type: "bigint", nullable: true),
                    StartTime = table.Column<long>(type: "bigint", nullable: true),
                    EndTime = table.Column<long>(type: "bigint", nullable: true),
                    TrackedSince = table.Column<long>(type: "bigint", nullable: false),
                    LastPolled = table.Column<long>(type: "bigint", nullable: true),
                    LastRawJson = table.Column<string>(type: "text", nullable: true),
                    IdentityMode = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TrackedOperations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "UserSessions",
                columns: table => new
                {
                    Id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Subject = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    Email = table.Column<string>(type: "character varying(320)", maxLength: 320, nullable: true),
                    ProtectedAccessToken = table.Column<string>(type: "text", nullable: false),
                    ProtectedRefreshToken = table.Column<string>(type: "text", nullable: true),
                    AccessTokenExpiresAt = table.Column<long>(type: "bigint", nullable: false),
                    CreatedAt = table.Column<long>(type: "bigint", nullable: false),
                    UpdatedAt = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_UserSessions", x => x.Id);
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
                name: "IX_AuditRecords_ActorEmail_Time",
                table: "AuditRecords",
                columns: new[] { "ActorEmail", "Time" });

            migrationBuilder.CreateIndex(
                name: "IX_AuditRecords_Outcome",
                table: "AuditRecords",
                column: "Outcome");

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
                name: "IX_OperationLeases_ExpiresAt",
                table: "OperationLeases",
                column: "ExpiresAt");

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
                name: "BackupPolicies");

            migrationBuilder.DropTable(
                name: "BackupRunItems");

            migrationBuilder.DropTable(
                name: "DataProtectionKeys");

            migrationBuilder.DropTable(
                name: "DrillRuns");

            migrationBuilder.DropTable(
                name: "OperationLeases");

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
                name: "UserSessions");

            migrationBuilder.DropTable(
                name: "BackupRuns");

            migrationBuilder.DropTable(
                name: "TrackedOperations");
        }
    }
}
