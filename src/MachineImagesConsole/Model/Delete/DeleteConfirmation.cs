using System.Globalization;

namespace MachineImagesConsole.Model.Delete;

/// <summary>
/// The typed confirmation of a delete: one resource is confirmed by typing its name; several by typing how many
/// (<c>3</c>) or the phrase (<c>delete 3 images</c>).
/// </summary>
public static class DeleteConfirmation
{
    public static string Noun(DeleteResourceKind kind, int count) => (kind, count) switch
    {
        (DeleteResourceKind.MachineImage, 1) => "machine image",
        (DeleteResourceKind.MachineImage, _) => "machine images",
        (_, 1) => "image",
        _ => "images",
    };

    /// <summary>The text the person is asked to type.</summary>
    public static string Expected(DeleteResourceKind kind, IReadOnlyList<string> names)
    {
        ArgumentNullException.ThrowIfNull(names);
        return names.Count == 1 ? names[0] : Phrase(kind, names.Count);
    }

    /// <summary>"delete 3 images".</summary>
    public static string Phrase(DeleteResourceKind kind, int count)
        => "delete " + count.ToString(CultureInfo.InvariantCulture) + " " + Noun(kind, count);

    /// <summary>The instruction shown above the box.</summary>
    public static string Instruction(DeleteResourceKind kind, IReadOnlyList<string> names)
    {
        ArgumentNullException.ThrowIfNull(names);
        return names.Count == 1
            ? $"Type the {Noun(kind, 1)}'s name, {names[0]}, to confirm."
            : $"Type {names.Count.ToString(CultureInfo.InvariantCulture)} or \"{Phrase(kind, names.Count)}\" to confirm.";
    }

    public static bool IsConfirmed(DeleteResourceKind kind, IReadOnlyList<string> names, string? typed)
    {
        ArgumentNullException.ThrowIfNull(names);
        if (names.Count == 0 || string.IsNullOrWhiteSpace(typed)) return false;
        var text = typed.Trim();
        if (names.Count == 1) return string.Equals(text, names[0], StringComparison.Ordinal);
        return string.Equals(text, names.Count.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            || string.Equals(string.Join(' ', text.Split(' ', StringSplitOptions.RemoveEmptyEntries)), Phrase(kind, names.Count), StringComparison.OrdinalIgnoreCase);
    }
}
