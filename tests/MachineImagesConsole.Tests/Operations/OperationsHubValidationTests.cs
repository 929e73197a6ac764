using MachineImagesConsole.Operations;

namespace MachineImagesConsole.Tests.Operations;

public sealed class OperationsHubValidationTests
{
    [Theory]
    [InlineData("acme-prod")]
    [InlineData("debian-cloud")]
    [InlineData("123456789012")]
    [InlineData("example.com:my-project")]
    public void ValidateProject_ValidIds_Pass(string project) => Assert.Null(OperationsHubValidation.ValidateProject(project));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Acme-Prod")]
    [InlineData("acme prod")]
    [InlineData("acme-prod-")]
    [InlineData("acme/prod")]
    [InlineData("project:acme-prod/x")]
    public void ValidateProject_InvalidIds_GiveAMessage(string? project)
    {
        var error = OperationsHubValidation.ValidateProject(project);

        Assert.False(string.IsNullOrWhiteSpace(error));
    }

    [Theory]
    [InlineData("operation-1700000000000-5f1c2a-9b1c")]
    [InlineData("op-1")]
    [InlineData("4817697984863411195")]
    public void ValidateOperation_ValidNames_Pass(string operation) => Assert.Null(OperationsHubValidation.ValidateOperation(operation));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Operation-1")]
    [InlineData("op_1")]
    [InlineData("op-")]
    [InlineData("../acme-prod")]
    public void ValidateOperation_InvalidNames_GiveAMessage(string? operation)
    {
        var error = OperationsHubValidation.ValidateOperation(operation);

        Assert.False(string.IsNullOrWhiteSpace(error));
    }

    [Fact]
    public void Groups_AreNamedByProjectAndOperation()
    {
        Assert.Equal("project:acme-prod", OperationsHubValidation.ProjectGroup("acme-prod"));
        Assert.Equal("operation:acme-prod/op-1", OperationsHubValidation.OperationGroup("acme-prod", "op-1"));
    }
}
