namespace MachineImagesConsole.Model.Validation;

/// <summary>
/// Gives each field of a form a MudBlazor <c>Validation</c> function that asks the form's own validator (a view model's
/// field → message map), so MudBlazor itself marks the field invalid, sets <c>aria-invalid</c> and shows the message
/// beside it when the value changes, when the field loses focus and when the page calls <c>MudForm.ValidateAsync()</c>
/// on Next or Save.
/// </summary>
/// <remarks>
/// Passing <c>Error</c>/<c>ErrorText</c> from the page does not work in a browser: MudBlazor 9 keeps them as parameter
/// state that its own validation overwrites (on blur, on every value change of a <c>Required</c> field), and a parent
/// re-render with the same value does not put them back. bUnit never blurs a field, so component tests did not see it.
/// </remarks>
public sealed class FieldRules
{
    private readonly Func<IReadOnlyDictionary<string, string>> _errors;
    private readonly Dictionary<string, object> _rules = new(StringComparer.Ordinal);

    /// <param name="errors">The form's current problems, field → message (called after the new value is applied).</param>
    public FieldRules(Func<IReadOnlyDictionary<string, string>> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        _errors = errors;
    }

    /// <summary>The message for <paramref name="field"/> now, or null.</summary>
    public string? ErrorFor(string field) => _errors().GetValueOrDefault(field);

    /// <summary>A <c>Validation</c> function for a field of type <typeparamref name="T"/> (one instance per field).</summary>
    public Func<T, string?> For<T>(string field)
    {
        var key = typeof(T).FullName + ":" + field;
        if (_rules.TryGetValue(key, out var rule)) return (Func<T, string?>)rule;
        Func<T, string?> created = _ => ErrorFor(field);
        _rules[key] = created;
        return created;
    }

    /// <summary>
    /// A <c>Validation</c> function that, when the synchronous rules pass, also awaits <paramref name="check"/> (for example
    /// whether a name is still free in Compute). Give the field a <c>DebounceInterval</c> so it runs once typing pauses.
    /// </summary>
    public Func<string, Task<string?>> ForAsync(string field, Func<string, Task<string?>> check)
    {
        ArgumentNullException.ThrowIfNull(check);
        var key = "async:" + field;
        if (_rules.TryGetValue(key, out var rule)) return (Func<string, Task<string?>>)rule;
        Func<string, Task<string?>> created = async value => ErrorFor(field) ?? await check(value ?? string.Empty);
        _rules[key] = created;
        return created;
    }
}
