using Microsoft.Extensions.Time.Testing;

namespace MachineImagesConsole.Compute.Tests.Fakes;

/// <summary>Waiting for conditions with a real-time limit (never fixed sleeps).</summary>
public static class Wait
{
    public static readonly TimeSpan Limit = TimeSpan.FromSeconds(10);

    public static async Task UntilAsync(Func<bool> condition, string what)
    {
        var deadline = DateTime.UtcNow + Limit;
        while (!condition())
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"Timed out waiting for: {what}");
            await Task.Yield();
            await Task.Delay(1);
        }
    }

    /// <summary>Advances the fake clock in steps until the task completes (bounded in real time).</summary>
    public static async Task<T> AdvanceUntilDoneAsync<T>(FakeTimeProvider time, Task<T> task, TimeSpan step)
    {
        var deadline = DateTime.UtcNow + Limit;
        while (!task.IsCompleted)
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException("Timed out advancing the fake clock.");
            time.Advance(step);
            await Task.Yield();
            await Task.Delay(1);
        }
        return await task;
    }
}
