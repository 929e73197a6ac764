namespace MachineImagesConsole.LocalCloud.Faults;

/// <summary><c>LocalCloud:Faults</c>: injected HTTP faults on Compute calls. Off when there is no rule (the default).</summary>
public sealed class FaultOptions
{
    /// <summary>Tried in order for each call; the first rule that matches and fires decides the fault.</summary>
    public IList<FaultRule> Rules { get; } = [];

    /// <summary>Seed of the random draws, for repeatable runs; empty: a new sequence every start.</summary>
    public int? Seed { get; set; }

    /// <summary>Every problem with the rules, each naming its key under <paramref name="prefix"/> (e.g. <c>LocalCloud:Faults</c>).</summary>
    public IReadOnlyList<string> Validate(string prefix)
    {
        var errors = new List<string>();
        for (var i = 0; i < Rules.Count; i++)
        {
            var rule = Rules[i];
            var key = $"{prefix}:Rules:{i}";
            if (string.IsNullOrWhiteSpace(rule.Method) || (rule.Method != "*" && !rule.Method.StartsWith("compute.", StringComparison.Ordinal) && !rule.Method.StartsWith("cloudresourcemanager.", StringComparison.Ordinal)))
                errors.Add($"{key}:Method must be a method id such as compute.machineImages.insert, a prefix ending in *, or *.");
            if (!Enum.IsDefined(rule.Fault))
                errors.Add($"{key}:Fault must be one of {string.Join(", ", Enum.GetNames<FaultKind>())}.");
            if (double.IsNaN(rule.Rate) || rule.Rate is < 0 or > 1)
                errors.Add($"{key}:Rate must be between 0.0 and 1.0.");
            if (rule.Delay < TimeSpan.Zero || rule.Delay > TimeSpan.FromMinutes(10))
                errors.Add($"{key}:Delay must be between 00:00:00 and 00:10:00.");
            if (rule.Status is < 400 or > 599)
                errors.Add($"{key}:Status must be an HTTP error status (400–599).");
            if (rule.MaxCount is < 0)
                errors.Add($"{key}:MaxCount must be 0 or more.");
        }
        return errors;
    }
}
