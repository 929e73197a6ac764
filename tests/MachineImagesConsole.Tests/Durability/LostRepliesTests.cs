using MachineImagesConsole.Authentication;
using MachineImagesConsole.Compute;
using MachineImagesConsole.Compute.Links;
using MachineImagesConsole.Compute.Models;
using MachineImagesConsole.Data;
using MachineImagesConsole.LocalCloud.Faults;
using MachineImagesConsole.Model;
using MachineImagesConsole.Model.Lifecycle;
using MachineImagesConsole.Tests.Hub;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MachineImagesConsole.Tests.Durability;

/// <summary>
/// Done-when of issue #14: every reply of a create is lost after Compute committed it (LocalCloud's <c>DropAfterCommit</c>);
/// the pipeline settles the call by its requestId, and the audit record ends Succeeded, not Failed — with exactly one
/// machine image made.
/// </summary>
public sealed class LostRepliesTests
{
    private const string Project = "acme-prod";
    private static readonly TimeSpan Generous = TimeSpan.FromSeconds(120);

    [Fact]
    public async Task Create_EveryReplyDroppedAfterCommit_AuditEndsSucceededWithOneMachineImage()
    {
        await using var console = await RunningConsole.StartAsync(settings: new Dictionary<string, string?>
        {
            ["LocalCloud:Faults:Rules:0:Method"] = "compute.machineImages.insert",
            ["LocalCloud:Faults:Rules:0:Fault"] = "DropAfterCommit",
        });
        var name = "lost-" + Guid.NewGuid().ToString("N")[..8];
        var pipeline = console.Services.GetRequiredService<IBackgroundPipelineFactory>().Create("operator@example.com", ConsoleRoles.Operator);
        var source = ResourceLinks.Instance(Project, "us-central1-a", "web-1");
        var command = MutationCommand.ForOperation(ConsoleActions.MachineImagesInsert, Project, ResourceLinks.MachineImage(Project, name),
            new { name, sourceInstance = source },
            (client, requestId, ct) => client.MachineImages.InsertAsync(Project, new MachineImage { Name = name }, source, requestId, ct));

        var result = await pipeline.ExecuteAsync(command, CancellationToken.None);

        Assert.Equal(MutationOutcome.Submitted, result.Outcome);
        var record = await WaitForOutcomeAsync(console, result.AuditRecordId, o => o is AuditOutcome.Succeeded or AuditOutcome.Failed);
        Assert.Equal(AuditOutcome.Succeeded, record.Outcome);
        Assert.Equal(result.OperationName, record.OperationName);
        Assert.Null(record.ErrorReasons);
        await AssertTrackedToDoneAsync(console, result.OperationName!);
        await AssertExactlyOneAsync(console.ServiceAccountCompute(), name);
        var faults = console.Instance!.LocalCloud!.Services.GetRequiredService<FaultInjector>();
        Assert.Contains(faults.Firings, f => f.MethodId == "compute.machineImages.insert" && f.Kind == FaultKind.DropAfterCommit);
    }

    internal static async Task<AuditRecord> WaitForOutcomeAsync(RunningConsole console, long id, Func<AuditOutcome, bool> done)
    {
        var audit = console.Services.GetRequiredService<AuditLog>();
        var deadline = DateTime.UtcNow + Generous;
        while (true)
        {
            var record = await audit.FindAsync(id, CancellationToken.None) ?? throw new InvalidOperationException($"No audit record {id}.");
            if (done(record.Outcome)) return record;
            if (DateTime.UtcNow > deadline) Assert.Fail($"Audit record {id} is still {record.Outcome} after {Generous}.");
            await Task.Delay(100);
        }
    }

    internal static async Task AssertTrackedToDoneAsync(RunningConsole console, string operationName)
    {
        var contexts = console.Services.GetRequiredService<IDbContextFactory<ConsoleDbContext>>();
        await using var db = await contexts.CreateDbContextAsync();
        var tracked = await db.TrackedOperations.SingleAsync(o => o.OperationName == operationName);
        Assert.True(tracked.Done);
        Assert.Equal("DONE", tracked.Status);
    }

    internal static async Task AssertExactlyOneAsync(ComputeClient compute, string name)
    {
        var images = new List<MachineImage>();
        await foreach (var image in compute.MachineImages.ListAsync(Project)) images.Add(image);
        Assert.Single(images, i => i.Name == name);
    }
}
