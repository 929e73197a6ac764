using MachineImagesConsole.Compute.Models;

namespace MachineImagesConsole.Model.Lifecycle;

/// <summary>
/// A family rollback preview: what <c>getFromFamily</c> resolves to now (<see cref="HeadNow"/>) and after the current
/// head is deprecated (<see cref="HeadAfter"/>). <see cref="Problem"/> says why it cannot run.
/// </summary>
public sealed record FamilyRollbackPlan(string Project, string Family, Image? HeadNow, Image? HeadAfter, string? Problem)
{
    public bool CanRun => Problem is null && HeadNow is not null && HeadAfter is not null;

    /// <summary>Plans over the project's images, the way Compute resolves families.</summary>
    public static FamilyRollbackPlan For(string project, string family, IReadOnlyCollection<Image> images)
    {
        ArgumentNullException.ThrowIfNull(images);
        var now = ImageFamilies.Head(images, family);
        if (now is null) return new FamilyRollbackPlan(project, family, null, null, $"The family '{family}' has no ACTIVE image to roll back.");
        var after = ImageFamilies.Head(images.Where(i => i.Name != now.Name), family);
        return after is null
            ? new FamilyRollbackPlan(project, family, now, null, $"'{now.Name}' is the only ACTIVE image of '{family}': rolling back would leave the family empty.")
            : new FamilyRollbackPlan(project, family, now, after, null);
    }
}
