using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;

namespace MachineImagesConsole.LocalCloud.Identity;

/// <summary>
/// The issuer's keys, generated on first start and kept in the data directory (<c>signing-key.pem</c>,
/// <c>encryption-key.bin</c>), so tokens issued before a restart stay valid after it.
/// </summary>
public static class SigningKeys
{
    public static RsaSecurityKey LoadOrCreateSigningKey(string dataDirectory)
    {
        var path = Path.Combine(dataDirectory, "signing-key.pem");
        var rsa = RSA.Create();
        if (File.Exists(path)) rsa.ImportFromPem(File.ReadAllText(path));
        else
        {
            rsa.KeySize = 2048;
            WriteSecret(path, rsa.ExportRSAPrivateKeyPem());
        }
        var kid = Convert.ToHexString(SHA256.HashData(rsa.ExportRSAPublicKey()))[..16];
        return new RsaSecurityKey(rsa) { KeyId = kid };
    }

    public static SymmetricSecurityKey LoadOrCreateEncryptionKey(string dataDirectory)
    {
        var path = Path.Combine(dataDirectory, "encryption-key.bin");
        byte[] bytes;
        if (File.Exists(path)) bytes = File.ReadAllBytes(path);
        else
        {
            bytes = RandomNumberGenerator.GetBytes(32);
            WriteSecret(path, Convert.ToBase64String(bytes));
            return new SymmetricSecurityKey(bytes);
        }
        return new SymmetricSecurityKey(Convert.FromBase64String(System.Text.Encoding.ASCII.GetString(bytes)));
    }

    /// <summary>The automation client's secret from configuration, or one generated once and kept in <c>automation-client-secret</c>.</summary>
    public static string AutomationSecret(string dataDirectory, string? configured)
    {
        if (!string.IsNullOrEmpty(configured)) return configured;
        var path = Path.Combine(dataDirectory, "automation-client-secret");
        if (File.Exists(path)) return File.ReadAllText(path).Trim();
        var secret = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        WriteSecret(path, secret);
        return secret;
    }

    private static void WriteSecret(string path, string contents)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, contents);
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
    }
}
