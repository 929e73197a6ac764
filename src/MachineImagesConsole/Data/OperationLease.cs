namespace MachineImagesConsole.Data;

/// <summary>
/// Which console instance follows a tracked operation (several instances on one database): the owner renews the lease
/// while it polls; when it stops renewing (the instance died), another instance takes the operation over once
/// <see cref="ExpiresAt"/> has passed.
/// </summary>
public sealed class OperationLease
{
    /// <summary>The <see cref="TrackedOperation.Id"/> (one lease per operation).</summary>
    public long TrackedOperationId { get; set; }

    /// <summary>The owning instance's <c>Console:InstanceName</c> (or generated name).</summary>
    public string Owner { get; set; } = string.Empty;

    public DateTimeOffset AcquiredAt { get; set; }

    public DateTimeOffset ExpiresAt { get; set; }
}
