namespace MachineImagesConsole.EndToEnd.Tests;

/// <summary>The form journeys share one console (and one Chromium): starting one per class would cost minutes.</summary>
[CollectionDefinition(Name)]
public sealed class FormsCollection : ICollectionFixture<ConsoleFixture>
{
    public const string Name = "forms";
}
