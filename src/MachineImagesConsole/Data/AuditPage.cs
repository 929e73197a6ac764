namespace MachineImagesConsole.Data;

/// <summary>One page of audit records, newest first, and how many records match in all.</summary>
public sealed record AuditPage(IReadOnlyList<AuditRecord> Items, int TotalCount, int PageIndex, int PageSize)
{
    public int PageCount => PageSize <= 0 ? 0 : (TotalCount + PageSize - 1) / PageSize;
}
