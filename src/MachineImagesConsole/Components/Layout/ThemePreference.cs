namespace MachineImagesConsole.Components.Layout;

/// <summary>The light/dark choice, persisted in a cookie so the first server render already uses it.</summary>
public static class ThemePreference
{
    public const string CookieName = "mic-theme";
    public const string CascadingName = "InitialDarkMode";
    public const string Dark = "dark";
    public const string Light = "light";

    public static bool IsDark(string? cookieValue) => string.Equals(cookieValue, Dark, StringComparison.Ordinal);
}
