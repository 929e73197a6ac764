namespace MachineImagesConsole.Model.Delete;

/// <summary>The pipeline command that deletes one machine image or image (one per item; a retry reuses it).</summary>
public static class DeleteCommands
{
    public static MutationCommand For(DeleteResourceKind kind, string project, string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(project);
        ArgumentException.ThrowIfNullOrEmpty(name);
        return kind == DeleteResourceKind.MachineImage
            ? MutationCommand.ForOperation(ConsoleActions.MachineImagesDelete, project, name, new { name },
                (client, requestId, ct) => client.MachineImages.DeleteAsync(project, name, requestId, ct))
            : MutationCommand.ForOperation(ConsoleActions.ImagesDelete, project, name, new { name },
                (client, requestId, ct) => client.Images.DeleteAsync(project, name, requestId, ct));
    }
}
