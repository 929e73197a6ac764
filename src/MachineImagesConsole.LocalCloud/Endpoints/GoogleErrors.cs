using System.Text.Json.Nodes;

namespace MachineImagesConsole.LocalCloud.Endpoints;

/// <summary>The errors Compute Engine returns, worded as Google words them.</summary>
public static class GoogleErrors
{
    public static ComputeException NotFound(string resourcePath) =>
        new(404, "notFound", $"The resource '{resourcePath}' was not found");

    public static ComputeException AlreadyExists(string resourcePath) =>
        new(409, "alreadyExists", $"The resource '{resourcePath}' already exists");

    public static ComputeException Forbidden(string permission, string resourcePath) =>
        new(403, "forbidden", $"Required '{permission}' permission for '{resourcePath}'");

    public static ComputeException Invalid(string message) => new(400, "invalid", message);

    public static ComputeException InvalidField(string field, string? value, string why) =>
        new(400, "invalid", $"Invalid value for field '{field}': '{value}'. {why}");

    public static ComputeException Required(string field) =>
        new(400, "required", $"Required field '{field}' not specified");

    public static ComputeException ParseError(string detail) =>
        new(400, "parseError", $"Invalid JSON payload received. {detail}");

    public static ComputeException ResourceInUse(string resourcePath, string user) =>
        new(400, "resourceInUseByAnotherResource", $"The {KindOf(resourcePath)} resource '{resourcePath}' is already being used by '{user}'");

    public static ComputeException ResourceNotReady(string resourcePath) =>
        new(400, "resourceNotReady", $"The resource '{resourcePath}' is not ready");

    public static ComputeException QuotaExceeded(string message) => new(403, "quotaExceeded", message);

    public static ComputeException RateLimitExceeded(string message) => new(403, "rateLimitExceeded", message);

    public static ComputeException ConditionNotMet(string message) => new(412, "conditionNotMet", message);

    public static ComputeException LoginRequired() =>
        new(401, "required", "Request is missing required authentication credential. Expected OAuth 2 access token, login cookie or other valid authentication credential. See https://developers.google.com/identity/sign-in/web/devconsole-project.", "Authorization", "header");

    public static ComputeException InvalidCredentials() =>
        new(401, "authError", "Request had invalid authentication credentials. Expected OAuth 2 access token, login cookie or other valid authentication credential. See https://developers.google.com/identity/sign-in/web/devconsole-project.", "Authorization", "header");

    /// <summary>
    /// Compute Engine's v1 error body: <c>{"error":{"code","message","errors":[{message,domain,reason}]}}</c>. Like Compute
    /// Engine it carries no google.rpc <c>status</c>: Google's client libraries then derive their status code from the
    /// HTTP code (409 → ABORTED in google-gax), as they do against the real service.
    /// </summary>
    public static JsonObject Body(ComputeException e)
    {
        var item = new JsonObject { ["message"] = e.Message, ["domain"] = "global", ["reason"] = e.Reason };
        if (e.Location is not null) item["location"] = e.Location;
        if (e.LocationType is not null) item["locationType"] = e.LocationType;
        return new JsonObject
        {
            ["error"] = new JsonObject
            {
                ["code"] = e.Status,
                ["message"] = e.Message,
                ["errors"] = new JsonArray(item),
            },
        };
    }

    private static string KindOf(string path)
    {
        var parts = path.Split('/');
        var collection = parts.Length >= 2 ? parts[^2] : "";
        return collection switch
        {
            "disks" => "disk",
            "images" => "image",
            "machineImages" => "machine image",
            "instances" => "instance",
            _ => collection.TrimEnd('s'),
        };
    }
}
