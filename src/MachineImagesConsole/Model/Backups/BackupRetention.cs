using MachineImagesConsole.Compute.Links;
using System.Globalization;
using MachineImagesConsole.Compute;
using MachineImagesConsole.Compute.Models;
using MachineImagesConsole.Data;
using MachineImagesConsole.Model.Lifecycle;
using MachineImagesConsole.Model.Retention;
using Microsoft.Extensions.Logging;

namespace MachineImagesConsole.Model.Backups;

/// <summary>
/// A policy's retention, after each successful run, with THE retention planner (<see cref="RetentionPlanner"/>, the one
/// the clean-up page uses): per backed-up VM, a rule selecting only images labelled <c>backup-policy=&lt;policy&gt;</c> and
/// <c>backup-source=&lt;vm&gt;</c> made from that VM. Never deleted: a protected image (console flag or label), and the
/// newest READY backup of the VM. Each delete goes through the pipeline, audited as the policy.
/// </summary>
public sealed partial class BackupRetention(ProtectionStore protection, TimeProvider time, ILogger<BackupRetention> logger)
{
    /// <summary>The planner's rule for the policy's images of one VM.</summary>
    public static RetentionRule RuleFor(BackupPolicy policy, string instanceName)
    {
        ArgumentNullException.ThrowIfNull(policy);
        return new RetentionRule
        {
            Name = policy.Name,
            Project = policy.Project,
            Collection = "machineImages",
            LabelKey = BackupPolicyRules.PolicyLabel,
            LabelValue = policy.Name,
            SourceInstance = instanceName,
            KeepLast = policy.KeepLast,
            OlderThanDays = policy.OlderThanDays,
            KeepDaily = policy.KeepDaily,
            KeepWeekly = policy.KeepWeekly,
            KeepMonthly = policy.KeepMonthly,
        };
    }

    /// <summary>The plan for one VM of the policy over <paramref name="images"/> (nothing is changed).</summary>
    public static RetentionPlan Plan(BackupPolicy policy, string instanceName, IEnumerable<MachineImage> images, IReadOnlySet<string> protectedNames, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(images);
        var mine = images.Where(i => i.Labels is { } l
                && l.TryGetValue(BackupPolicyRules.PolicyLabel, out var p) && p == policy.Name
                && l.TryGetValue(BackupPolicyRules.SourceLabel, out var s) && s == instanceName)
            .ToList();
        var newestGood = mine.Where(i => i.Status == "READY").OrderByDescending(BackupRunner.Created).Select(i => i.Name!).Take(1).ToHashSet(StringComparer.Ordinal);
        var safety = new RetentionSafety(protectedNames, new HashSet<string>(), new Dictionary<string, string>()) { NewestGood = newestGood };
        return RetentionPlanner.Plan(RuleFor(policy, instanceName), mine.Select(RetentionCandidate.From), safety, now);
    }

    /// <summary>Applies retention for the VMs (<c>zone/name</c>) the run backed up; returns a summary for the run history.</summary>
    public async Task<string> ApplyAsync(BackupPolicy policy, MutationPipeline pipeline, ComputeClient client, IReadOnlyList<string> instances, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(pipeline);
        ArgumentNullException.ThrowIfNull(client);
        var images = new List<MachineImage>();
        await foreach (var image in client.MachineImages.ListAsync(policy.Project, null, cancellationToken)) images.Add(image);
        var protectedNames = await protection.ProtectedNamesAsync(policy.Project, "machineImages", cancellationToken);
        var deleted = new List<string>();
        var failed = new List<string>();
        var kept = 0;
        foreach (var name in instances.Select(i => i[(i.IndexOf('/', StringComparison.Ordinal) + 1)..]).Distinct(StringComparer.Ordinal))
        {
            var plan = Plan(policy, name, images, protectedNames, time.GetUtcNow());
            kept += plan.Decisions.Count(d => !d.Delete);
            foreach (var imageName in plan.ToDelete)
            {
                var reason = plan.Decisions.First(d => d.Name == imageName).Reason;
                var command = MutationCommand.ForOperation(ConsoleActions.BackupsRetentionDelete, policy.Project, ResourceLinks.MachineImage(policy.Project, imageName),
                    new { policy = policy.Name, reason },
                    (c, requestId, ct) => c.MachineImages.DeleteAsync(policy.Project, imageName, requestId, ct));
                var result = await pipeline.ExecuteAsync(command, cancellationToken);
                if (result.Succeeded) deleted.Add(imageName);
                else failed.Add($"{imageName} ({result.ErrorMessage})");
            }
        }
        if (failed.Count > 0) LogDeleteFailed(policy.Name, string.Join("; ", failed));
        return string.Create(CultureInfo.InvariantCulture,
            $"Retention kept {kept}, deleted {deleted.Count}{(deleted.Count > 0 ? ": " + string.Join(", ", deleted) : "")}{(failed.Count > 0 ? "; could not delete " + string.Join("; ", failed) : "")}.");
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Backup policy {Policy}: retention could not delete {Failures}.")]
    private partial void LogDeleteFailed(string policy, string failures);
}
