using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Storage;

#pragma warning disable EF1001 // MigrationsAssembly is EF's own implementation; only which migrations it sees changes.

namespace MachineImagesConsole.Data;

/// <summary>
/// One context, one set of migrations per provider: SQLite's live in <c>Data/Migrations</c> (namespace
/// <see cref="SqliteNamespace"/>), PostgreSQL's in <c>Data/Migrations/PostgreSql</c> (<see cref="PostgreSqlNamespace"/>).
/// EF sees only the migrations and the model snapshot of the provider in use, at run time and for <c>dotnet ef</c>.
/// </summary>
internal sealed class ProviderMigrationsAssembly : Microsoft.EntityFrameworkCore.Migrations.Internal.MigrationsAssembly
{
    public const string SqliteNamespace = "MachineImagesConsole.Data.Migrations";

    public const string PostgreSqlNamespace = "MachineImagesConsole.Data.Migrations.PostgreSql";

    private readonly string _namespace;
    private readonly Type _contextType;
    private IReadOnlyDictionary<string, TypeInfo>? _migrations;
    private ModelSnapshot? _snapshot;
    private bool _snapshotFound;

    public ProviderMigrationsAssembly(
        ICurrentDbContext currentContext,
        IDbContextOptions options,
        IMigrationsIdGenerator idGenerator,
        IDiagnosticsLogger<DbLoggerCategory.Migrations> logger,
        IDatabaseProvider databaseProvider)
        : base(currentContext, options, idGenerator, logger)
    {
        _contextType = currentContext.Context.GetType();
        _namespace = NamespaceFor(databaseProvider.Name);
    }

    /// <summary>The namespace of a provider's migrations (by EF provider name).</summary>
    public static string NamespaceFor(string providerName)
        => providerName.Contains("Npgsql", StringComparison.Ordinal) ? PostgreSqlNamespace : SqliteNamespace;

    public override IReadOnlyDictionary<string, TypeInfo> Migrations
        => _migrations ??= base.Migrations
            .Where(m => string.Equals(m.Value.Namespace, _namespace, StringComparison.Ordinal))
            .ToDictionary(m => m.Key, m => m.Value);

    public override ModelSnapshot? ModelSnapshot
    {
        get
        {
            if (!_snapshotFound)
            {
                var type = Assembly.GetTypes().FirstOrDefault(t =>
                    t.IsSubclassOf(typeof(ModelSnapshot))
                    && string.Equals(t.Namespace, _namespace, StringComparison.Ordinal)
                    && t.GetCustomAttribute<DbContextAttribute>()?.ContextType == _contextType);
                _snapshot = type is null ? null : (ModelSnapshot?)Activator.CreateInstance(type);
                _snapshotFound = true;
            }

            return _snapshot;
        }
    }
}
