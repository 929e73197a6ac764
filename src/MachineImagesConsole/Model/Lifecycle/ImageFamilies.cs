using System.Globalization;
using MachineImagesConsole.Compute.Models;

namespace MachineImagesConsole.Model.Lifecycle;

/// <summary>How Compute resolves an image family, reproduced over a list of images (for previews and planning).</summary>
public static class ImageFamilies
{
    /// <summary>True when the image has no deprecation state or is ACTIVE.</summary>
    public static bool IsActive(Image image)
    {
        ArgumentNullException.ThrowIfNull(image);
        return (image.Deprecated?.State ?? DeprecationState.Active) is DeprecationState.Active or "";
    }

    public static DateTimeOffset Created(Image image)
    {
        ArgumentNullException.ThrowIfNull(image);
        return DateTimeOffset.TryParse(image.CreationTimestamp, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var created)
            ? created
            : DateTimeOffset.MinValue;
    }

    /// <summary>What <c>images.getFromFamily</c> returns: the newest READY image of the family that is not deprecated.</summary>
    public static Image? Head(IEnumerable<Image> images, string family)
    {
        ArgumentNullException.ThrowIfNull(images);
        return images
            .Where(i => i.Family == family && (i.Status ?? ImageStatus.Ready) == ImageStatus.Ready && IsActive(i))
            .OrderByDescending(Created)
            .ThenByDescending(i => i.Name, StringComparer.Ordinal)
            .FirstOrDefault();
    }

    /// <summary>The names of every family's head (the images that are "the latest of a family").</summary>
    public static IReadOnlySet<string> Heads(IEnumerable<Image> images)
    {
        ArgumentNullException.ThrowIfNull(images);
        var list = images as IReadOnlyCollection<Image> ?? [.. images];
        return list.Where(i => !string.IsNullOrEmpty(i.Family)).Select(i => i.Family!).Distinct(StringComparer.Ordinal)
            .Select(f => Head(list, f)?.Name).OfType<string>().ToHashSet(StringComparer.Ordinal);
    }
}
