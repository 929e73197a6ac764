using MachineImagesConsole.LocalCloud.Hosting;
using Microsoft.Extensions.Options;

namespace MachineImagesConsole.LocalCloud.Faults;

/// <summary>
/// Decides, per Compute call, whether to inject a fault (<c>LocalCloud:Faults</c>). A singleton: tests that host LocalCloud
/// in-process can <see cref="Configure(FaultOptions)"/> or <see cref="Clear"/> it at run time, and read what fired.
/// Thread-safe; with a <see cref="FaultOptions.Seed"/> the sequence of draws is repeatable.
/// </summary>
public sealed class FaultInjector
{
    private const int HistoryLimit = 100_000;

    private readonly Lock _gate = new();
    private readonly TimeProvider _time;
    private readonly List<FaultFiring> _firings = [];
    private FaultRule[] _rules = [];
    private int[] _counts = [];
    private Random _random = new();

    public FaultInjector(IOptions<LocalCloudOptions> options, TimeProvider time)
    {
        _time = time;
        Configure(options.Value.Faults);
    }

    /// <summary>True when at least one rule is configured.</summary>
    public bool Enabled
    {
        get { lock (_gate) return _rules.Length > 0; }
    }

    /// <summary>Replaces the rules (copied) and the seed, and forgets what fired. Throws when a rule is invalid.</summary>
    public void Configure(FaultOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var errors = options.Validate(LocalCloudOptions.SectionName + ":Faults");
        if (errors.Count > 0) throw new ArgumentException(string.Join(" ", errors), nameof(options));
        var copy = options.Rules.Select(r => new FaultRule
        {
            Method = r.Method, Fault = r.Fault, Rate = r.Rate, Delay = r.Delay, Status = r.Status, MaxCount = r.MaxCount,
        }).ToArray();
        lock (_gate)
        {
            _rules = copy;
            _counts = new int[copy.Length];
            _random = options.Seed is { } seed ? new Random(seed) : new Random();
            _firings.Clear();
        }
    }

    /// <summary>As <see cref="Configure(FaultOptions)"/> with these rules.</summary>
    public void Configure(IEnumerable<FaultRule> rules, int? seed = null)
    {
        var options = new FaultOptions { Seed = seed };
        foreach (var rule in rules) options.Rules.Add(rule);
        Configure(options);
    }

    /// <summary>Removes every rule: no call is faulted any more.</summary>
    public void Clear() => Configure(new FaultOptions());

    /// <summary>The fault for this call, or null. Counts it against its rule's <see cref="FaultRule.MaxCount"/>.</summary>
    public FaultDecision? Next(string methodId, string target)
    {
        lock (_gate)
        {
            for (var i = 0; i < _rules.Length; i++)
            {
                var rule = _rules[i];
                if (!rule.Matches(methodId)) continue;
                if (rule.MaxCount is { } max && _counts[i] >= max) continue;
                if (rule.Rate < 1.0 && _random.NextDouble() >= rule.Rate) continue;
                _counts[i]++;
                if (_firings.Count < HistoryLimit) _firings.Add(new FaultFiring(methodId, rule.Fault, target, _time.GetUtcNow()));
                return new FaultDecision(rule.Fault, rule.Delay, rule.Status, i);
            }
            return null;
        }
    }

    /// <summary>How many calls each rule has hit since it was configured (same order as the rules).</summary>
    public IReadOnlyList<int> Counts
    {
        get { lock (_gate) return [.. _counts]; }
    }

    /// <summary>Every fault injected since the last <see cref="Configure(FaultOptions)"/> (at most 100,000 kept).</summary>
    public IReadOnlyList<FaultFiring> Firings
    {
        get { lock (_gate) return [.. _firings]; }
    }
}
