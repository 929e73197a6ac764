using MachineImagesConsole.Compute.Links;
using System.Globalization;
using MachineImagesConsole.Compute.Models;

namespace MachineImagesConsole.Model.Lifecycle;

/// <summary>
/// A deprecation the person asked for: the state now, an optional replacement (an image of the same family, by name)
/// and optional dates. Dates that are still ahead for a later state become scheduled state changes.
/// </summary>
public sealed record DeprecationRequest(
    string State,
    string? Replacement = null,
    DateTimeOffset? Deprecated = null,
    DateTimeOffset? Obsolete = null,
    DateTimeOffset? Deleted = null)
{
    public static IReadOnlyList<string> States { get; } =
        [DeprecationState.Active, DeprecationState.Deprecated, DeprecationState.Obsolete, DeprecationState.Deleted];

    /// <summary>The request body for <c>images.deprecate</c>.</summary>
    public DeprecationStatus ToStatus(string project)
    {
        if (State == DeprecationState.Active) return new DeprecationStatus { State = DeprecationState.Active };
        return new DeprecationStatus
        {
            State = State,
            Replacement = string.IsNullOrEmpty(Replacement) ? null : ResourceLinks.ToUrl(ResourceLinks.Image(project, Replacement), ResourceLinks.SelfLinkBaseUrl),
            Deprecated = Format(Deprecated),
            Obsolete = Format(Obsolete),
            Deleted = Format(Deleted),
        };
    }

    /// <summary>
    /// The request as it must be carried out at <paramref name="now"/>: a later state whose date is today-or-past (now or
    /// earlier) is applied at once rather than scheduled for a moment that has already gone.
    /// </summary>
    public DeprecationRequest DueAt(DateTimeOffset now)
    {
        if (State == DeprecationState.Active) return this;
        var state = State;
        foreach (var (candidate, date) in new[] { (DeprecationState.Deprecated, Deprecated), (DeprecationState.Obsolete, Obsolete), (DeprecationState.Deleted, Deleted) })
            if (date is { } d && d <= now && Rank(candidate) > Rank(state)) state = candidate;
        return state == State ? this : this with { State = state };
    }

    /// <summary>The later states whose date is after <paramref name="now"/>: the console applies them when the date arrives.</summary>
    public IReadOnlyList<(string State, DateTimeOffset DueAt)> Scheduled(DateTimeOffset now)
    {
        if (State == DeprecationState.Active) return [];
        var rank = Rank(State);
        var list = new List<(string, DateTimeOffset)>();
        if (Deprecated is { } d && d > now && Rank(DeprecationState.Deprecated) > rank) list.Add((DeprecationState.Deprecated, d));
        if (Obsolete is { } o && o > now && Rank(DeprecationState.Obsolete) > rank) list.Add((DeprecationState.Obsolete, o));
        if (Deleted is { } x && x > now && Rank(DeprecationState.Deleted) > rank) list.Add((DeprecationState.Deleted, x));
        return list;
    }

    /// <summary>Problems by field name (<c>State</c>, <c>Replacement</c>, <c>Dates</c>); empty when the request may be sent.</summary>
    public IReadOnlyDictionary<string, string> Validate(Image image, IEnumerable<Image> projectImages)
    {
        ArgumentNullException.ThrowIfNull(image);
        ArgumentNullException.ThrowIfNull(projectImages);
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!States.Contains(State)) errors["State"] = "Choose ACTIVE, DEPRECATED, OBSOLETE or DELETED.";
        if (State == DeprecationState.Active)
        {
            if (!string.IsNullOrEmpty(Replacement)) errors["Replacement"] = "An ACTIVE image has no replacement.";
            return errors;
        }

        if (!string.IsNullOrEmpty(Replacement))
        {
            var replacement = projectImages.FirstOrDefault(i => i.Name == Replacement);
            if (Replacement == image.Name) errors["Replacement"] = "An image cannot replace itself.";
            else if (replacement is null) errors["Replacement"] = $"There is no image '{Replacement}' in this project.";
            else if (string.IsNullOrEmpty(image.Family) || replacement.Family != image.Family)
                errors["Replacement"] = $"The replacement must be in the same family ({image.Family ?? "this image has none"}).";
            else if (!ImageFamilies.IsActive(replacement)) errors["Replacement"] = $"'{Replacement}' is itself {replacement.Deprecated?.State}; pick an ACTIVE image.";
        }

        var dates = new[] { Deprecated, Obsolete, Deleted }.Where(d => d is not null).Select(d => d!.Value).ToArray();
        if (dates.Zip(dates.Skip(1)).Any(p => p.First > p.Second)) errors["Dates"] = "The dates must be in order: deprecated, then obsolete, then deleted.";
        return errors;
    }

    public static int Rank(string state) => state switch
    {
        DeprecationState.Deprecated => 1,
        DeprecationState.Obsolete => 2,
        DeprecationState.Deleted => 3,
        _ => 0,
    };

    private static string? Format(DateTimeOffset? value)
        => value?.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
