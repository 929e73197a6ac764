namespace MachineImagesConsole.Model.Commands;

/// <summary>How a command is named to the person while it runs and when it finishes.</summary>
/// <param name="Title">What is happening, e.g. <c>Deprecating web-v1</c> (progress title, snackbar on failure).</param>
/// <param name="DoneMessage">The snackbar when it is DONE, e.g. <c>web-v1 is now DEPRECATED.</c>; null: <c>{Title}: done.</c></param>
public sealed record CommandRequest(string Title, string? DoneMessage = null)
{
    /// <summary>The snackbar text when the command finished well.</summary>
    public string SuccessText => DoneMessage ?? Title + ": done.";
}
