namespace MachineImagesConsole.LocalCloud.Store;

/// <summary>Compute-style numeric ids: 19 digits, below 2^63 so they fit the store's integer column.</summary>
public static class IdGenerator
{
    public static long Next() => Random.Shared.NextInt64(1_000_000_000_000_000_000, long.MaxValue);

    public static long Next(Random random) => random.NextInt64(1_000_000_000_000_000_000, long.MaxValue);
}
