namespace MachineImagesConsole.Compute.Models;

/// <summary>The common shape of Compute Engine list envelopes (<c>MachineImageList</c>, <c>ImageList</c>, ...).</summary>
/// <typeparam name="T">The listed resource.</typeparam>
public interface IComputeList<out T>
{
    /// <summary>The items on this page; empty (never null) when the server omitted <c>items</c>.</summary>
    IReadOnlyList<T> Items { get; }

    /// <summary>The token for the next page; null on the last page.</summary>
    string? NextPageToken { get; }

    /// <summary>An informational warning, e.g. <c>UNREACHABLE</c> with <c>returnPartialSuccess</c>.</summary>
    ComputeWarning? Warning { get; }
}
