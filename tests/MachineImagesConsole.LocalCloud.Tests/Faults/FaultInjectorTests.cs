using MachineImagesConsole.LocalCloud.Faults;
using MachineImagesConsole.LocalCloud.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace MachineImagesConsole.LocalCloud.Tests.Faults;

/// <summary>The injector's decisions (rate, seed, max count, matching) and the configuration it reads.</summary>
public sealed class FaultInjectorTests
{
    [Fact]
    public void Next_WithSeed_RepeatsTheSameSequenceAndHitsAboutTheRate()
    {
        static List<bool> Draw()
        {
            var injector = Create();
            injector.Configure([new FaultRule { Fault = FaultKind.ErrorBeforeCommit, Rate = 0.3 }], seed: 42);
            return Enumerable.Range(0, 1000).Select(_ => injector.Next("compute.images.insert", "/x") is not null).ToList();
        }

        var first = Draw();
        var second = Draw();

        Assert.Equal(first, second);
        Assert.InRange(first.Count(hit => hit), 240, 360);
    }

    [Fact]
    public void Next_StopsAtMaxCount_ThenTheNextRuleApplies()
    {
        var injector = Create();
        injector.Configure([
            new FaultRule { Method = "compute.images.insert", Fault = FaultKind.DropBeforeCommit, MaxCount = 2 },
            new FaultRule { Method = "*", Fault = FaultKind.Delay, Delay = TimeSpan.FromSeconds(1) },
        ]);

        var kinds = Enumerable.Range(0, 4).Select(_ => injector.Next("compute.images.insert", "/x")!.Kind).ToList();

        Assert.Equal([FaultKind.DropBeforeCommit, FaultKind.DropBeforeCommit, FaultKind.Delay, FaultKind.Delay], kinds);
        Assert.Equal([2, 2], injector.Counts);
        Assert.Equal(4, injector.Firings.Count);
    }

    [Theory]
    [InlineData("*", "compute.images.get", true)]
    [InlineData("compute.images.get", "compute.images.get", true)]
    [InlineData("compute.images.get", "compute.images.getFromFamily", false)]
    [InlineData("compute.images.*", "compute.images.getFromFamily", true)]
    [InlineData("compute.images.*", "compute.machineImages.get", false)]
    public void Matches_ExactPrefixOrAll(string method, string methodId, bool expected) =>
        Assert.Equal(expected, new FaultRule { Method = method }.Matches(methodId));

    [Fact]
    public void Configuration_BindsRulesFromLocalCloudFaults()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["LocalCloud:Faults:Seed"] = "5",
            ["LocalCloud:Faults:Rules:0:Method"] = "compute.machineImages.insert",
            ["LocalCloud:Faults:Rules:0:Fault"] = "DelayAfterCommit",
            ["LocalCloud:Faults:Rules:0:Rate"] = "0.5",
            ["LocalCloud:Faults:Rules:0:Delay"] = "00:00:03",
            ["LocalCloud:Faults:Rules:0:Status"] = "502",
            ["LocalCloud:Faults:Rules:0:MaxCount"] = "10",
        }).Build();

        var options = configuration.GetSection("LocalCloud").Get<LocalCloudOptions>()!;
        var rule = Assert.Single(options.Faults.Rules);

        Assert.Equal(5, options.Faults.Seed);
        Assert.Equal(("compute.machineImages.insert", FaultKind.DelayAfterCommit, 0.5, TimeSpan.FromSeconds(3), 502, (int?)10),
            (rule.Method, rule.Fault, rule.Rate, rule.Delay, rule.Status, rule.MaxCount));
        Assert.True(Create(options).Enabled);
    }

    [Fact]
    public void Create_InvalidRule_RefusesToStartNamingTheKeys()
    {
        var overrides = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["LocalCloud:DataDirectory"] = Path.Combine(Path.GetTempPath(), "localcloud-tests", Guid.NewGuid().ToString("N")),
            ["LocalCloud:Faults:Rules:0:Method"] = "machineImages.insert",
            ["LocalCloud:Faults:Rules:0:Rate"] = "1.5",
            ["LocalCloud:Faults:Rules:0:Status"] = "200",
        }).Build();

        var e = Assert.Throws<OptionsValidationException>(() => { LocalCloudApp.Create([], overrides); });

        Assert.Contains("LocalCloud:Faults:Rules:0:Method", e.Message, StringComparison.Ordinal);
        Assert.Contains("LocalCloud:Faults:Rules:0:Rate", e.Message, StringComparison.Ordinal);
        Assert.Contains("LocalCloud:Faults:Rules:0:Status", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Configure_InvalidRule_ThrowsAndKeepsThePreviousRules()
    {
        var injector = Create();
        injector.Configure([new FaultRule { Fault = FaultKind.ErrorBeforeCommit }]);

        Assert.Throws<ArgumentException>(() => injector.Configure([new FaultRule { Rate = -1 }]));
        Assert.NotNull(injector.Next("compute.images.get", "/x"));
    }

    private static FaultInjector Create(LocalCloudOptions? options = null) =>
        new(Options.Create(options ?? new LocalCloudOptions()), TimeProvider.System);
}
