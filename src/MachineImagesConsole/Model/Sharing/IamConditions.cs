using System.Globalization;
using MachineImagesConsole.Compute.Models;

namespace MachineImagesConsole.Model.Sharing;

/// <summary>IAM conditions the wizard writes. Bindings with a condition need policy version 3.</summary>
public static class IamConditions
{
    /// <summary>A condition that ends the grant at <paramref name="expires"/> (UTC, to the second).</summary>
    public static Expr ExpiresAt(DateTimeOffset expires)
    {
        var utc = expires.ToUniversalTime();
        var stamp = utc.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        return new Expr
        {
            Title = "expires-" + utc.ToString("yyyy-MM-dd-HHmm", CultureInfo.InvariantCulture),
            Description = "Access ends at " + stamp + " (set in Machine Images Console).",
            Expression = $"request.time < timestamp(\"{stamp}\")",
        };
    }

    /// <summary>True when both name the same condition (or both none).</summary>
    public static bool SameCondition(Expr? a, Expr? b)
        => string.Equals(a?.Expression, b?.Expression, StringComparison.Ordinal)
           && (a is null || string.Equals(a.Title ?? "", b!.Title ?? "", StringComparison.Ordinal));
}
