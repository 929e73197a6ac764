using MachineImagesConsole.Compute.Errors;
using MachineImagesConsole.Compute.Models;

namespace MachineImagesConsole.Model.Lifecycle;

/// <summary>"Roll this family back": deprecate the head with the previous image as its replacement (scoped, per circuit).</summary>
public sealed class FamilyRollbackService(ComputeSession session, DeprecationService deprecation)
{
    /// <summary>The preview. <see cref="FamilyRollbackPlan.HeadNow"/> is what Compute's getFromFamily answers now.</summary>
    public async Task<FamilyRollbackPlan> PreviewAsync(string project, string family, CancellationToken cancellationToken)
    {
        session.Invalidate(project);
        var images = await session.ListImagesAsync(project, cancellationToken);
        var plan = FamilyRollbackPlan.For(project, family, images as IReadOnlyCollection<Image> ?? [.. images]);
        try
        {
            var resolved = await session.Client.Images.GetFromFamilyAsync(project, family, cancellationToken);
            if (plan.HeadNow?.Name != resolved.Name)
                return plan with { Problem = $"Compute resolves the family to '{resolved.Name}', not '{plan.HeadNow?.Name}'; reload and try again." };
        }
        catch (ComputeApiException e) when (e.StatusCode == System.Net.HttpStatusCode.NotFound)
        {
            return plan with { Problem = $"Compute resolves no image for the family '{family}'." };
        }

        return plan;
    }

    public Task<MutationResult> RollbackAsync(FamilyRollbackPlan plan, CancellationToken cancellationToken)
        => RollbackAsync(plan, Command(plan), cancellationToken);

    /// <summary>The deprecation command of <paramref name="plan"/> (create once: Try again resends the same requestId).</summary>
    public static MutationCommand Command(FamilyRollbackPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        if (!plan.CanRun) throw new InvalidOperationException(plan.Problem ?? "The rollback plan cannot run.");
        return DeprecationService.Command(ConsoleActions.ImagesRollbackFamily, plan.Project, plan.HeadNow!.Name!, Request(plan));
    }

    public Task<MutationResult> RollbackAsync(FamilyRollbackPlan plan, MutationCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return deprecation.DeprecateAsync(command, Request(plan), cancellationToken);
    }

    private static DeprecationRequest Request(FamilyRollbackPlan plan) => new(DeprecationState.Deprecated, plan.HeadAfter!.Name);
}
