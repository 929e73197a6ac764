using System.Globalization;
using MachineImagesConsole.Configuration;
using MachineImagesConsole.Model.Drills;
using MachineImagesConsole.Model.HelpDesk;
using Microsoft.Extensions.Options;

namespace MachineImagesConsole.Model.Settings;

/// <summary>
/// What the console is configured with, for the read-only Settings page: mode, projects, role mapping, help-desk
/// guardrails and restore-drill defaults. Configuration owns every value (appsettings, environment, secrets), so the
/// page shows the key to change instead of an editor. Secrets (client secrets, key files) are never shown.
/// </summary>
public sealed class SettingsSummary(IOptions<ConsoleOptions> console, IOptions<HelpDeskOptions> helpDesk, IOptions<DrillOptions> drills)
{
    private const string None = "—";

    public IReadOnlyList<SettingsSection> Sections()
    {
        var c = console.Value;
        var h = helpDesk.Value;
        var d = drills.Value;
        var roles = c.Authorization.Roles;
        return
        [
            new("Mode", "Where the console gets Compute Engine and sign-in from.",
            [
                new("Mode", c.Mode, "Console:Mode"),
                new("Public URL", c.PublicUrl ?? "(the address the console listens on)", "Console:PublicUrl"),
                new("Compute identity", c.Compute.Identity.ToString(), "Console:Compute:Identity"),
            ]),
            new("Projects", "Projects pinned in the picker; when none are pinned, the picker lists what each person can see in Resource Manager.",
            [
                new("Pinned projects", List(c.Projects, "none: each person's own projects"), "Console:Projects"),
            ]),
            new("Role mapping", "Who gets which console role (e-mail addresses, or @domain for everyone in a domain). The highest matching role wins.",
            [
                new("Admin", List(roles.Admin), "Console:Authorization:Roles:Admin"),
                new("Operator", List(roles.Operator), "Console:Authorization:Roles:Operator"),
                new("HelpDesk", List(roles.HelpDesk), "Console:Authorization:Roles:HelpDesk"),
                new("Viewer", List(roles.Viewer), "Console:Authorization:Roles:Viewer"),
            ]),
            new("Help-desk guardrails", "What a HelpDesk person may clone (self-service clones and Clone from a VM).",
            [
                new("Permitted projects", List(h.PermittedProjects, "none (self-service is off)"), "Console:HelpDesk:PermittedProjects"),
                new("Permitted zones", List(h.PermittedZones), "Console:HelpDesk:PermittedZones"),
                new("Permitted machine types", List(h.PermittedMachineTypes), "Console:HelpDesk:PermittedMachineTypes"),
                new("Network", h.Network, "Console:HelpDesk:Network"),
                new("Default expiry", Hours(h.DefaultTtl), "Console:HelpDesk:DefaultTtl"),
                new("Longest expiry", Hours(h.MaxTtl), "Console:HelpDesk:MaxTtl"),
            ]),
            new("Restore drills and backup defaults", "Where restore drills (and scheduled drills of backups) restore to, and what they check.",
            [
                new("Project", d.Project, "Console:Drills:Project"),
                new("Zone", d.Zone, "Console:Drills:Zone"),
                new("Network / subnetwork", d.Network + " / " + d.Subnetwork, "Console:Drills:Network, Console:Drills:Subnetwork"),
                new("RTO target", d.RtoTarget.ToString("c", CultureInfo.InvariantCulture), "Console:Drills:RtoTarget"),
                new("Boot marker", d.BootMarker, "Console:Drills:BootMarker"),
                new("Drills at once", d.MaxConcurrentDrills.ToString(CultureInfo.InvariantCulture), "Console:Drills:MaxConcurrentDrills"),
            ]),
        ];
    }

    private static string List(IEnumerable<string> values, string empty = None)
    {
        var list = values.Where(v => !string.IsNullOrWhiteSpace(v)).ToList();
        return list.Count == 0 ? empty : string.Join(", ", list);
    }

    private static string Hours(TimeSpan span) => span.TotalHours.ToString("0.##", CultureInfo.InvariantCulture) + " h";
}
