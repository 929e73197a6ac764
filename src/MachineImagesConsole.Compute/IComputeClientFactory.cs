using MachineImagesConsole.Compute.Credentials;

namespace MachineImagesConsole.Compute;

/// <summary>Creates a <see cref="ComputeClient"/> for one caller's credentials over the shared, retrying HTTP pipeline.</summary>
public interface IComputeClientFactory
{
    ComputeClient Create(IAccessTokenProvider tokens);
}
