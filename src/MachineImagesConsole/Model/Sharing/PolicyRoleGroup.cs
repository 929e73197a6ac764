using MachineImagesConsole.Compute.Models;

namespace MachineImagesConsole.Model.Sharing;

/// <summary>The members bound to one role (under one condition, if any).</summary>
public sealed record PolicyRoleGroup(string Role, Expr? Condition, IReadOnlyList<IamMember> Members);
