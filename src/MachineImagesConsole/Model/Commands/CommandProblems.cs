using System.Text.RegularExpressions;
using MachineImagesConsole.Compute.Errors;
using MachineImagesConsole.Model.Lifecycle;
using MachineImagesConsole.Operations;

namespace MachineImagesConsole.Model.Commands;

/// <summary>
/// Turns every way a command can go wrong (console role refusal, delete guard, IAM 403, Compute errors, an unreachable
/// Compute, an operation that finished with an error) into a <see cref="CommandProblem"/> in plain words with what to do next.
/// </summary>
public static partial class CommandProblems
{
    private const string AskAdmin = "Ask a console Admin if you need this.";

    /// <summary>A pipeline result that failed.</summary>
    public static CommandProblem From(MutationResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var reasons = result.ErrorReasons;
        var message = result.ErrorMessage ?? "Compute did not accept the request.";
        if (Has(reasons, "deleteBlocked"))
        {
            return new CommandProblem
            {
                Kind = CommandProblemKind.Protected,
                Message = message,
                WhatToDo = result.WhatToDo ?? "Nothing was deleted. Remove the protection (Admin), or confirm the explicit override, then try again.",
                Reasons = reasons,
                RequestId = result.RequestId,
            };
        }

        if (Has(reasons, ComputeErrorReasons.Forbidden) || Has(reasons, "403"))
            return Permission(message, reasons, result.RequestId);

        if (Has(reasons, "accessToken") || Has(reasons, ComputeErrorReasons.Unauthorized) || Has(reasons, ComputeErrorReasons.AuthError) || Has(reasons, "401"))
        {
            return new CommandProblem
            {
                Kind = CommandProblemKind.Permission,
                Message = "The console could not sign in to Google Cloud for you, so nothing was changed.",
                WhatToDo = result.WhatToDo ?? "Sign out and in again, then try again.",
                CanRetry = true,
                Reasons = reasons,
                RequestId = result.RequestId,
            };
        }

        if (IsTemporary(reasons))
        {
            return new CommandProblem
            {
                Kind = CommandProblemKind.Unreachable,
                Message = "Compute did not answer in time or was busy; the change may or may not have started.",
                WhatToDo = ComputeErrorAdvice.Retry,
                CanRetry = true,
                Reasons = reasons,
                RequestId = result.RequestId,
            };
        }

        return new CommandProblem
        {
            Kind = CommandProblemKind.Refused,
            Message = "Compute did not accept the request: " + message,
            WhatToDo = result.WhatToDo ?? "Check the values and try again.",
            CanRetry = true,
            Reasons = reasons,
            RequestId = result.RequestId,
        };
    }

    /// <summary>An exception a command threw before or instead of a pipeline result.</summary>
    public static CommandProblem? From(Exception error, Guid? requestId = null)
    {
        ArgumentNullException.ThrowIfNull(error);
        switch (error)
        {
            case ConsoleForbiddenException refused:
                var text = refused.Message.Trim();
                return new CommandProblem
                {
                    Kind = CommandProblemKind.ConsoleRole,
                    Message = text.EndsWith(AskAdmin, StringComparison.Ordinal) ? text[..^AskAdmin.Length].TrimEnd() : text,
                    WhatToDo = AskAdmin,
                };
            case ConsoleConflictException conflict:
                return new CommandProblem
                {
                    Kind = CommandProblemKind.Invalid,
                    Message = conflict.Message,
                    WhatToDo = "Nothing was changed. Reload the page to see how things are now.",
                };
            case DeleteBlockedException blocked:
                return new CommandProblem
                {
                    Kind = CommandProblemKind.Protected,
                    Message = blocked.Message,
                    WhatToDo = "Nothing was deleted. Remove the protection (Admin), or confirm the explicit override, then try again.",
                };
            case ComputeApiException compute when compute.IsForbidden:
                return Permission(compute.Message, compute.Reasons, requestId);
            case ComputeApiException compute:
                return From(new MutationResult
                {
                    Outcome = MutationOutcome.Failed,
                    AuditRecordId = 0,
                    RequestId = requestId ?? Guid.Empty,
                    ErrorReasons = compute.Reasons.Count > 0 ? compute.Reasons : [((int)compute.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture)],
                    ErrorMessage = compute.Message,
                    WhatToDo = ComputeErrorAdvice.For(compute),
                }) with { RequestId = requestId };
            case HttpRequestException or TimeoutException:
                return new CommandProblem
                {
                    Kind = CommandProblemKind.Unreachable,
                    Message = "The console could not reach Compute.",
                    WhatToDo = ComputeErrorAdvice.Retry,
                    CanRetry = true,
                    RequestId = requestId,
                };
            case ArgumentException invalid:
                return new CommandProblem
                {
                    Kind = CommandProblemKind.Invalid,
                    Message = invalid.ParamName is { } name && invalid.Message.EndsWith($"(Parameter '{name}')", StringComparison.Ordinal)
                        ? invalid.Message[..^$"(Parameter '{name}')".Length].TrimEnd()
                        : invalid.Message,
                    WhatToDo = "Correct it and try again; nothing was changed.",
                };
            default:
                return null;
        }
    }

    /// <summary>An operation Compute accepted that finished with an error.</summary>
    public static CommandProblem FromOperation(OperationProgress progress)
    {
        ArgumentNullException.ThrowIfNull(progress);
        var reasons = progress.ErrorReasons;
        var whatToDo = reasons.FirstOrDefault() switch
        {
            ComputeErrorReasons.OperationQuotaExceeded => "A quota is used up: delete unused resources or ask for more quota, then run it again.",
            ComputeErrorReasons.OperationResourceAlreadyExists => "Something with that name already exists: choose another name.",
            ComputeErrorReasons.OperationResourceNotFound => "Something it needs no longer exists: refresh and check the source.",
            ComputeErrorReasons.OperationResourceInUseByAnotherResource => "Another resource still uses it: detach or delete that resource first.",
            ComputeErrorReasons.OperationZoneResourcePoolExhausted => "The zone has no capacity for this now: choose another zone or try later.",
            _ => "See the operation on the Operations page; fix the cause, then run it again.",
        };
        return new CommandProblem
        {
            Kind = CommandProblemKind.OperationFailed,
            Message = progress.ErrorMessage ?? "The operation finished with an error.",
            WhatToDo = whatToDo,
            Reasons = reasons,
        };
    }

    /// <summary>The permission and resource of Google's 403 message (<c>Required 'P' permission for 'R'</c>), when it has them.</summary>
    public static (string Permission, string Resource)? MissingPermission(string? message)
    {
        if (message is null) return null;
        var match = RequiredPermission().Match(message);
        return match.Success ? (match.Groups[1].Value, match.Groups[2].Value) : null;
    }

    private static CommandProblem Permission(string message, IReadOnlyList<string> reasons, Guid? requestId)
    {
        var missing = MissingPermission(message);
        return new CommandProblem
        {
            Kind = CommandProblemKind.Permission,
            Message = missing is { } m
                ? $"Google Cloud did not allow it: your account lacks the IAM permission {m.Permission} on {m.Resource}. Nothing was changed."
                : "Google Cloud did not allow it: your account lacks an IAM permission for this in the project. Nothing was changed.",
            WhatToDo = "Ask a project owner to grant you a role with that permission, then try again.",
            CanRetry = true,
            Reasons = reasons,
            RequestId = requestId,
        };
    }

    private static bool IsTemporary(IReadOnlyList<string> reasons)
        => reasons.Any(r => r is "unreachable" or "timeout" or ComputeErrorReasons.BackendError or ComputeErrorReasons.RateLimitExceeded
            or ComputeErrorReasons.UserRateLimitExceeded or "500" or "502" or "503" or "504" or "429");

    private static bool Has(IReadOnlyList<string> reasons, string reason) => reasons.Contains(reason, StringComparer.Ordinal);

    [GeneratedRegex("Required '([^']+)' permission for '([^']+)'", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex RequiredPermission();
}
