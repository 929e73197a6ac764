using MachineImagesConsole.Compute.Links;
using MachineImagesConsole.Data;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.EntityFrameworkCore;

namespace MachineImagesConsole.Model.Lifecycle;

/// <summary>
/// Sets an image's deprecation state through the <see cref="MutationPipeline"/> and records the later state changes
/// whose dates are still ahead, for the scheduled-deprecation job. Setting any state (including undo = ACTIVE)
/// cancels what was scheduled before for that image.
/// </summary>
public sealed class DeprecationService(
    MutationPipeline pipeline,
    IDbContextFactory<ConsoleDbContext> contextFactory,
    AuthenticationStateProvider authentication,
    TimeProvider time)
{
    public Task<MutationResult> DeprecateAsync(string project, string image, DeprecationRequest request, CancellationToken cancellationToken)
        => DeprecateAsync(ConsoleActions.ImagesDeprecate, project, image, request, cancellationToken);

    /// <summary>Undo: the image becomes ACTIVE again and nothing stays scheduled for it.</summary>
    public Task<MutationResult> UndoAsync(string project, string image, CancellationToken cancellationToken)
        => DeprecateAsync(ConsoleActions.ImagesDeprecate, project, image, new DeprecationRequest(Compute.Models.DeprecationState.Active), cancellationToken);

    internal Task<MutationResult> DeprecateAsync(string action, string project, string image, DeprecationRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        request = request.DueAt(time.GetUtcNow()); // a date already reached is carried out now, not scheduled in the past
        return DeprecateAsync(Command(action, project, image, request), request, cancellationToken);
    }

    /// <summary>
    /// The pipeline command that sets <paramref name="request"/>'s state on the image. Create it once and pass it to
    /// <see cref="DeprecateAsync(MutationCommand, DeprecationRequest, CancellationToken)"/>: running it again (Try again) sends the same requestId.
    /// </summary>
    public static MutationCommand Command(string action, string project, string image, DeprecationRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var status = request.ToStatus(project);
        return MutationCommand.ForOperation(action, project, ResourceLinks.Image(project, image),
            new { status.State, status.Replacement, status.Deprecated, status.Obsolete, status.Deleted },
            (client, requestId, ct) => client.Images.DeprecateAsync(project, image, status, requestId, ct));
    }

    /// <summary>Runs a command made by <see cref="Command"/> and, when Compute accepted it, records the later states to schedule.</summary>
    public async Task<MutationResult> DeprecateAsync(MutationCommand command, DeprecationRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(request);
        var project = command.Project;
        var image = ResourceLinks.ShortName(command.Target);
        var status = request.ToStatus(project);
        var result = await pipeline.ExecuteAsync(command, cancellationToken);
        if (!result.Succeeded) return result;

        var user = (await authentication.GetAuthenticationStateAsync()).User;
        var now = time.GetUtcNow();
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        await db.ScheduledDeprecations
            .Where(s => s.Project == project && s.Image == image && s.CompletedAt == null && !s.Cancelled)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.Cancelled, true), cancellationToken);
        foreach (var (state, due) in request.Scheduled(now))
        {
            db.ScheduledDeprecations.Add(new ScheduledDeprecation
            {
                Project = project,
                Image = image,
                State = state,
                Replacement = status.Replacement,
                DueAt = due,
                ScheduledBy = ConsoleUser.EmailOf(user),
                ScheduledByRole = ConsoleUser.RoleOf(user),
                ScheduledAt = now,
            });
        }

        await db.SaveChangesAsync(cancellationToken);
        return result;
    }

    /// <summary>State changes still waiting for their date, for the image.</summary>
    public async Task<IReadOnlyList<ScheduledDeprecation>> PendingAsync(string project, string image, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var rows = await db.ScheduledDeprecations.AsNoTracking()
            .Where(s => s.Project == project && s.Image == image && s.CompletedAt == null && !s.Cancelled)
            .ToListAsync(cancellationToken);
        return [.. rows.OrderBy(s => s.DueAt)];
    }
}
