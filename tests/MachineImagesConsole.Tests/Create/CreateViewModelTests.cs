using MachineImagesConsole.Model;
using MachineImagesConsole.Model.Create;

namespace MachineImagesConsole.Tests.Create;

public sealed class CreateViewModelTests
{
    private static readonly string[] Locations = ["us", "eu", "asia", "us-central1"];

    [Fact]
    public void MachineImageValidate_EmptyForm_NamesSourceAndName()
    {
        var errors = new CreateMachineImageViewModel { Project = "acme-prod" }.Validate([], Locations);

        Assert.Equal([CreateMachineImageViewModel.NameField, CreateMachineImageViewModel.SourceField], errors.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void MachineImageValidate_TemplateNotFromVm_SaysNothingToCapture()
    {
        var model = new CreateMachineImageViewModel { Project = "acme-prod", SourceKind = MachineImageSourceKind.InstanceTemplate, TemplateName = "web-template", Name = "x" };

        Assert.Contains("was not created from a VM", model.Validate([], Locations)[CreateMachineImageViewModel.SourceField], StringComparison.Ordinal);
    }

    [Fact]
    public void MachineImageValidate_KmsChosenWithBadKey_ReportsKmsField()
    {
        var model = new CreateMachineImageViewModel
        {
            Project = "acme-prod", Name = "ok", Encryption = EncryptionChoice.CloudKms, KmsKeyName = "my-key",
            Source = new SourceInstanceInfo("acme-prod", "us-central1-a", "web-1", "RUNNING", []),
        };

        Assert.Equal([CreateMachineImageViewModel.KmsKeyField], model.Validate([], Locations).Keys);
    }

    [Fact]
    public void MachineImageToMutationCommand_SameCommand_KeepsRequestIdAndTarget()
    {
        var model = new CreateMachineImageViewModel { Project = "acme-prod", Name = "nightly", Source = new SourceInstanceInfo("acme-prod", "us-central1-a", "web-1", "RUNNING", []) };

        var command = model.ToMutationCommand();

        Assert.Equal(ConsoleActions.MachineImagesInsert, command.Action);
        Assert.Equal("nightly", command.Target);
        Assert.Equal("acme-prod", command.Project);
        Assert.NotEqual(model.ToMutationCommand().RequestId, command.RequestId);
    }

    [Fact]
    public void ImageValidate_DiskOnRunningVmWithoutForce_RequiresForce()
    {
        var model = new CreateImageViewModel { Project = "acme-prod", DiskZone = "us-central1-a", DiskName = "web-1", AttachedToRunningInstance = "web-1", Name = "img" };

        Assert.Contains("running", model.Validate([], Locations)[CreateImageViewModel.ForceField], StringComparison.Ordinal);
        model.Force = true;
        Assert.Empty(model.Validate([], Locations));
        Assert.True(model.EffectiveForce);
    }

    [Fact]
    public void ImageValidate_BadGcsUriAndFamily_ReportsBoth()
    {
        var model = new CreateImageViewModel { Project = "acme-prod", SourceKind = ImageSourceKind.CloudStorage, GcsUri = "s3://x/y", Name = "img", Family = "Bad Family" };

        var errors = model.Validate([], Locations);

        Assert.True(errors.ContainsKey(CreateImageViewModel.SourceField));
        Assert.True(errors.ContainsKey(CreateImageViewModel.FamilyField));
    }

    [Fact]
    public void ImageToImage_Snapshot_SetsOnlySourceSnapshot()
    {
        var image = new CreateImageViewModel { Project = "acme-prod", SourceKind = ImageSourceKind.Snapshot, SnapshotName = "snap-1", Name = "img" }.ToImage();

        Assert.Equal("projects/acme-prod/global/snapshots/snap-1", image.SourceSnapshot);
        Assert.Null(image.SourceDisk);
        Assert.Null(image.SourceImage);
        Assert.Null(image.RawDisk);
    }
}
