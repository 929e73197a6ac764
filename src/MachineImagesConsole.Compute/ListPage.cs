using MachineImagesConsole.Compute.Models;

namespace MachineImagesConsole.Compute;

/// <summary>One page of a list call.</summary>
/// <param name="Items">The items on this page (empty when the server omitted <c>items</c>).</param>
/// <param name="NextPageToken">Pass to <see cref="ListOptions.PageToken"/> for the next page; null on the last page.</param>
/// <param name="Warning">The list's informational warning, if any.</param>
public sealed record ListPage<T>(IReadOnlyList<T> Items, string? NextPageToken, ComputeWarning? Warning);
