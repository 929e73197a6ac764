using System.Net;
using System.Text;

namespace MachineImagesConsole.Tests.Pipeline;

/// <summary>A Compute endpoint in memory: each request is recorded and answered by the test's responder.</summary>
internal sealed class FakeComputeHandler(Func<HttpRequestMessage, Task<HttpResponseMessage>> respond) : HttpMessageHandler
{
    private readonly List<HttpRequestMessage> _requests = [];

    public IReadOnlyList<HttpRequestMessage> Requests
    {
        get { lock (_requests) return [.. _requests]; }
    }

    public static HttpResponseMessage Json(HttpStatusCode status, string json)
        => new(status) { Content = new StringContent(json, Encoding.UTF8, "application/json") };

    public static string OperationJson(string name, string status, string project = "acme-prod", string? error = null)
    {
        var errorJson = error is null ? "" : ",\"error\":{\"errors\":[{\"code\":\"" + error + "\",\"message\":\"It failed.\"}]}";
        return $$"""
        {"kind":"compute#operation","id":"123","name":"{{name}}","operationType":"insert","status":"{{status}}","progress":{{(status == "DONE" ? 100 : 0)}},
         "targetLink":"https://www.googleapis.com/compute/v1/projects/{{project}}/global/machineImages/nightly",
         "selfLink":"https://www.googleapis.com/compute/v1/projects/{{project}}/global/operations/{{name}}",
         "insertTime":"2025-03-01T04:00:00.000-08:00","user":"operator@example.com"{{errorJson}}}
        """;
    }

    public static string ErrorJson(int code, string reason, string message)
        => "{\"error\":{\"code\":" + code + ",\"message\":\"" + message + "\",\"errors\":[{\"message\":\"" + message
            + "\",\"domain\":\"global\",\"reason\":\"" + reason + "\"}]}}";

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        lock (_requests) _requests.Add(request);
        return await respond(request);
    }
}
