namespace MachineImagesConsole.Data;

/// <summary>Completes once <see cref="DatabaseInitializer"/> has created the schema; background services wait on it.</summary>
public sealed class DatabaseReadiness
{
    private readonly TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public bool IsReady => _ready.Task.IsCompletedSuccessfully;

    public Task WaitAsync(CancellationToken cancellationToken) => _ready.Task.WaitAsync(cancellationToken);

    internal void MarkReady() => _ready.TrySetResult();

    internal void MarkFailed(Exception error) => _ready.TrySetException(error);
}
