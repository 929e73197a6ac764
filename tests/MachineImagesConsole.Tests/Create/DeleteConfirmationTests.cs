using MachineImagesConsole.Model;
using MachineImagesConsole.Model.Delete;

namespace MachineImagesConsole.Tests.Create;

public sealed class DeleteConfirmationTests
{
    [Theory]
    [InlineData("web-1-nightly", true)]
    [InlineData(" web-1-nightly ", true)]
    [InlineData("web-1", false)]
    [InlineData("WEB-1-NIGHTLY", false)]
    [InlineData("", false)]
    public void IsConfirmed_OneItem_RequiresExactName(string typed, bool confirmed)
        => Assert.Equal(confirmed, DeleteConfirmation.IsConfirmed(DeleteResourceKind.MachineImage, ["web-1-nightly"], typed));

    [Theory]
    [InlineData("3", true)]
    [InlineData("delete 3 images", true)]
    [InlineData("Delete  3 images", true)]
    [InlineData("delete 2 images", false)]
    [InlineData("2", false)]
    [InlineData("a", false)]
    public void IsConfirmed_Bulk_AcceptsCountOrPhrase(string typed, bool confirmed)
        => Assert.Equal(confirmed, DeleteConfirmation.IsConfirmed(DeleteResourceKind.Image, ["a", "b", "c"], typed));

    [Fact]
    public void Instruction_Bulk_NamesCountAndPhrase()
        => Assert.Equal("Type 2 or \"delete 2 machine images\" to confirm.", DeleteConfirmation.Instruction(DeleteResourceKind.MachineImage, ["a", "b"]));

    [Fact]
    public async Task DeleteCommands_ImageAndMachineImage_UseTheirActions()
    {
        await using var database = await MachineImagesConsole.Tests.Data.TestDatabase.CreateAsync();
        var protection = new MachineImagesConsole.Model.Lifecycle.ProtectionStore(database, TimeProvider.System);
        Assert.Equal(ConsoleActions.ImagesDelete, DeleteCommands.For(DeleteResourceKind.Image, "acme-prod", "img", protection).Action);
        Assert.Equal(ConsoleActions.MachineImagesDelete, DeleteCommands.For(DeleteResourceKind.MachineImage, "acme-prod", "mi", protection).Action);
    }
}
