using System.Text.Json.Nodes;
using MachineImagesConsole.Data;

namespace MachineImagesConsole.Tests.Data;

public sealed class AuditParameterRedactorTests
{
    [Theory]
    [InlineData("clientSecret")]
    [InlineData("access_token")]
    [InlineData("Password")]
    [InlineData("rawKey")]
    [InlineData("rsaEncryptedKey")]
    [InlineData("private-key")]
    [InlineData("credentials")]
    public void IsSecretName_SecretLookingNames_AreSecret(string name) => Assert.True(AuditParameterRedactor.IsSecretName(name));

    [Theory]
    [InlineData("name")]
    [InlineData("kmsKeyName")]
    [InlineData("labelFingerprint")]
    [InlineData("sourceInstance")]
    public void IsSecretName_OrdinaryNames_AreKept(string name) => Assert.False(AuditParameterRedactor.IsSecretName(name));

    [Fact]
    public void ToRedactedJson_NestedSecrets_AreReplacedAtAnyDepth()
    {
        var json = AuditParameterRedactor.ToRedactedJson(new
        {
            Name = "nightly",
            MachineImageEncryptionKey = new { RawKey = "c2VjcmV0", KmsKeyName = "projects/p/keys/k" },
            Disks = new[] { new { DiskEncryptionKey = new { RsaEncryptedKey = "abc" } } },
            Token = "ya29.x",
        });

        var node = JsonNode.Parse(json!)!;
        Assert.Equal("nightly", (string?)node["name"]);
        Assert.Equal(AuditParameterRedactor.Redacted, (string?)node["machineImageEncryptionKey"]!["rawKey"]);
        Assert.Equal("projects/p/keys/k", (string?)node["machineImageEncryptionKey"]!["kmsKeyName"]);
        Assert.Equal(AuditParameterRedactor.Redacted, (string?)node["disks"]![0]!["diskEncryptionKey"]!["rsaEncryptedKey"]);
        Assert.Equal(AuditParameterRedactor.Redacted, (string?)node["token"]);
        Assert.DoesNotContain("c2VjcmV0", json, StringComparison.Ordinal);
        Assert.DoesNotContain("ya29", json, StringComparison.Ordinal);
    }

    [Fact]
    public void ToRedactedJson_Null_IsNull() => Assert.Null(AuditParameterRedactor.ToRedactedJson(null));
}
