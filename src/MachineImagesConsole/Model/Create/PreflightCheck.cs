namespace MachineImagesConsole.Model.Create;

/// <summary>One check run before submitting: what was checked, whether it passed, and a plain sentence.</summary>
/// <param name="Id">A stable id (for tests and <c>data-testid</c>).</param>
/// <param name="Title">What is checked, e.g. "Disks".</param>
/// <param name="Passed">False blocks submission.</param>
/// <param name="Message">What was found, and when it failed what to do.</param>
public sealed record PreflightCheck(string Id, string Title, bool Passed, string Message);
