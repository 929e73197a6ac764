namespace MachineImagesConsole.LocalCloud.Filtering;

/// <summary>
/// A list <c>filter</c> that cannot be understood. The message names the position (0-based character
/// offset) and what was expected, and is meant to be returned to the caller as a 400 <c>invalid</c>.
/// </summary>
public sealed class FilterSyntaxException : Exception
{
    public FilterSyntaxException()
    {
    }

    public FilterSyntaxException(string message)
        : base(message)
    {
    }

    public FilterSyntaxException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public FilterSyntaxException(string message, int position)
        : base(message)
    {
        Position = position;
    }

    /// <summary>0-based character offset in the filter where the problem was found, or -1 when not tied to one place.</summary>
    public int Position { get; } = -1;
}
