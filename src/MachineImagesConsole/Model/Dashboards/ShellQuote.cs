namespace MachineImagesConsole.Model.Dashboards;

/// <summary>POSIX shell quoting for the generated gcloud commands.</summary>
public static class ShellQuote
{
    /// <summary>The value unchanged when it is safe bare, otherwise in single quotes (a quote inside becomes <c>'\''</c>).</summary>
    public static string Quote(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value.Length > 0 && value.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or '/' or ':' or '=' or ',' or '@'))
            return value;
        return "'" + value.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
    }
}
