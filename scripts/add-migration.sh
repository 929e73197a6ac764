#!/usr/bin/env bash
# Adds an EF Core migration for both console database providers, e.g.
#   ./scripts/add-migration.sh BackupPolicies
# SQLite's goes to src/MachineImagesConsole/Data/Migrations, PostgreSQL's to Data/Migrations/PostgreSql.
# To regenerate after a merge: remove the branch's migrations (both folders) and run this again.
# A second argument adds only one provider's: ./scripts/add-migration.sh BackupPolicies PostgreSQL (or Sqlite).
set -euo pipefail
cd "$(dirname "$0")/.."
name=${1:?usage: scripts/add-migration.sh MigrationName [Sqlite|PostgreSQL]}
only=${2:-both}
dotnet tool restore >/dev/null
dotnet build src/MachineImagesConsole -v q -nologo >/dev/null
[ "$only" = "PostgreSQL" ] || dotnet dotnet-ef migrations add "$name" --no-build --project src/MachineImagesConsole \
  --output-dir Data/Migrations --namespace MachineImagesConsole.Data.Migrations
[ "$only" = "Sqlite" ] || dotnet dotnet-ef migrations add "$name" --no-build --project src/MachineImagesConsole \
  --output-dir Data/Migrations/PostgreSql --namespace MachineImagesConsole.Data.Migrations.PostgreSql \
  -- --provider PostgreSQL
