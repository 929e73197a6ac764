using MachineImagesConsole.Model.Create;

namespace MachineImagesConsole.Tests.Create;

public sealed class CreateValidationTests
{
    [Theory]
    [InlineData("projects/my-proj/locations/us/keyRings/r/cryptoKeys/k", true)]
    [InlineData("projects/p/locations/us/keyRings/r/cryptoKeys/k", false)] // a project id has 6 to 30 characters
    [InlineData("projects/acme-prod/locations/europe-west1/keyRings/ring-1/cryptoKeys/key_1", true)]
    [InlineData("projects/p/locations/us/keyRings/r", false)]
    [InlineData("projects/p/locations/us/keyRings/r/cryptoKeys/k/cryptoKeyVersions/1", false)]
    [InlineData("p/locations/us/keyRings/r/cryptoKeys/k", false)]
    [InlineData("", false)]
    public void ValidateKmsKeyName_Formats_AcceptsOnlyKeyResourceNames(string key, bool valid)
        => Assert.Equal(valid, CreateValidation.ValidateKmsKeyName(key) is null);

    [Fact]
    public void ValidateKmsKeyName_KeyVersion_SaysToDropTheVersion()
        => Assert.Contains("not a key version", CreateValidation.ValidateKmsKeyName("projects/p/locations/l/keyRings/r/cryptoKeys/k/cryptoKeyVersions/3"), StringComparison.Ordinal);

    [Theory]
    [InlineData("gs://my-bucket/images/disk.tar.gz", true)]
    [InlineData("gs://my.bucket_1/disk.tar.gz", true)]
    [InlineData("gs://my-bucket/disk.raw", false)]
    [InlineData("https://storage.googleapis.com/b/disk.tar.gz", false)]
    [InlineData("gs://Bucket/disk.tar.gz", false)]
    [InlineData("gs://b/disk.tar.gz", false)]
    [InlineData("gs://my-bucket/", false)]
    [InlineData("gs://my..bucket/disk.tar.gz", false)]
    public void ValidateGcsUri_Uris_AcceptsTarGzInValidBucket(string uri, bool valid)
        => Assert.Equal(valid, CreateValidation.ValidateGcsUri(uri) is null);

    [Fact]
    public void GcsUriToHttps_GsUri_BecomesStorageUrl()
        => Assert.Equal("https://storage.googleapis.com/b-1/x/disk.tar.gz", CreateValidation.GcsUriToHttps("gs://b-1/x/disk.tar.gz"));

    [Fact]
    public void ValidateNewName_Taken_SaysItIsTaken()
        => Assert.Contains("already taken", CreateValidation.ValidateNewName("web-1-nightly", ["web-1-nightly"], "Name"), StringComparison.Ordinal);

    [Theory]
    [InlineData("Web")]
    [InlineData("1web")]
    [InlineData("web-")]
    [InlineData("")]
    public void ValidateNewName_BreaksNamingRule_ReturnsMessage(string name)
        => Assert.NotNull(CreateValidation.ValidateNewName(name, [], "Name"));

    [Fact]
    public void ValidateNewName_FreeValidName_ReturnsNull()
        => Assert.Null(CreateValidation.ValidateNewName("web-2", ["web-1"], "Name"));

    [Fact]
    public void ValidateDescription_TooLong_ReturnsMessage()
        => Assert.NotNull(CreateValidation.ValidateDescription(new string('x', 2049)));

    [Fact]
    public void ValidateFamily_EmptyIsOptional_InvalidIsNot()
    {
        Assert.Null(CreateValidation.ValidateFamily(""));
        Assert.Contains("Family", CreateValidation.ValidateFamily("Web_Family"), StringComparison.Ordinal);
    }

    [Fact]
    public void StorageLocations_Options_MultiRegionsFirstThenSortedRegions()
        => Assert.Equal(["us", "eu", "asia", "europe-west1", "us-central1"], StorageLocations.Options(["us-central1", "europe-west1", "us-central1"]));

    [Fact]
    public void StorageLocations_Validate_UnknownLocation_ReturnsMessage()
    {
        Assert.Null(StorageLocations.Validate("", ["us"]));
        Assert.Null(StorageLocations.Validate("us", ["us"]));
        Assert.NotNull(StorageLocations.Validate("mars-1", ["us"]));
    }

    [Fact]
    public void LabelSet_DuplicateKeyAndBadValue_ReportsPerRow()
    {
        List<LabelEntry> rows = [new() { Key = "env", Value = "prod" }, new() { Key = "env", Value = "x" }, new() { Key = "team", Value = "Web Team" }];

        Assert.Null(LabelSet.KeyError(rows, 0));
        Assert.Contains("used twice", LabelSet.KeyError(rows, 1), StringComparison.Ordinal);
        Assert.NotNull(LabelSet.ValueError(rows, 2));
        Assert.NotNull(LabelSet.Validate(rows));
    }
}
