using MachineImagesConsole.Compute.Http;
using MachineImagesConsole.Compute.Links;
using MachineImagesConsole.Data;
using MachineImagesConsole.Model;
using MachineImagesConsole.Tests.Hub;
using Microsoft.Extensions.DependencyInjection;

namespace MachineImagesConsole.Tests.Durability;

/// <summary>No audit record stays Pending across a restart: the reconciler settles every intent at start-up.</summary>
public sealed class ReconcilerRestartTests
{
    private const string Project = "acme-prod";

    [Fact]
    public async Task Restart_IntentStoredButNeverSent_IsSentOnceWithItsRequestIdAndEndsSucceeded()
    {
        await using var console = await RunningConsole.StartAsync();
        var name = "intent-" + Guid.NewGuid().ToString("N")[..8];
        var requestId = Guid.NewGuid();
        var request = new ComputeRequestRecord("compute.machineImages.insert", [Project],
            new Dictionary<string, string> { ["requestId"] = requestId.ToString("D"), ["sourceInstance"] = ResourceLinks.Instance(Project, "us-central1-a", "web-1") },
            $$"""{"name":"{{name}}"}""");
        var record = await console.Services.GetRequiredService<AuditLog>().AddAsync(new AuditRecord
        {
            ActorEmail = "operator@example.com",
            ActorRole = "Operator",
            Action = ConsoleActions.MachineImagesInsert,
            Target = ResourceLinks.MachineImage(Project, name),
            Project = Project,
            RequestId = requestId,
            Outcome = AuditOutcome.Pending,
            RequestJson = request.ToJson(),
            Identity = ComputeIdentity.ServiceAccount,
        }, CancellationToken.None);

        await console.StopAsync();
        await console.StartAgainAsync();

        var settled = await LostRepliesTests.WaitForOutcomeAsync(console, record.Id, o => o is AuditOutcome.Succeeded or AuditOutcome.Failed);
        Assert.Equal(AuditOutcome.Succeeded, settled.Outcome);
        Assert.NotNull(settled.OperationName);
        await LostRepliesTests.AssertTrackedToDoneAsync(console, settled.OperationName);
        await LostRepliesTests.AssertExactlyOneAsync(console.ServiceAccountCompute(), name);
        var operation = await MutationJournal.FindByRequestIdAsync(console.ServiceAccountCompute(), Project, "global", requestId, CancellationToken.None);
        Assert.Equal(settled.OperationName, operation?.Name);
    }

    [Fact]
    public async Task Restart_IntentNeverStoredItsRequest_EndsFailedInterruptedWithNothingChanged()
    {
        await using var console = await RunningConsole.StartAsync();
        var record = await console.Services.GetRequiredService<AuditLog>().AddAsync(new AuditRecord
        {
            ActorEmail = "operator@example.com",
            ActorRole = "Operator",
            Action = ConsoleActions.MachineImagesInsert,
            Target = ResourceLinks.MachineImage(Project, "never-sent"),
            Project = Project,
            RequestId = Guid.NewGuid(),
            Outcome = AuditOutcome.Pending,
        }, CancellationToken.None);

        await console.StopAsync();
        await console.StartAgainAsync();

        var settled = await LostRepliesTests.WaitForOutcomeAsync(console, record.Id, o => o != AuditOutcome.Pending);
        Assert.Equal(AuditOutcome.Failed, settled.Outcome);
        Assert.Equal(MutationReconciler.Interrupted, settled.ErrorReasons);
        Assert.Contains("nothing was changed", settled.ErrorMessage, StringComparison.Ordinal);
    }
}
