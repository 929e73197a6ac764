using System.Text;
using MachineImagesConsole.Components.Layout;
using MachineImagesConsole.Model.Dashboards;
using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;

namespace MachineImagesConsole.Components.Controls.Grid;

/// <summary>
/// Shared plumbing of the dashboard pages: the project and the grid state come from the URL (so a view can be shared
/// and reloaded), changes apply in memory and then update the URL, exports download through <c>wwwroot/js/dashboards.js</c>,
/// and times show in the browser's time zone once it is known.
/// </summary>
public abstract class DashboardPageBase : ComponentBase, IAsyncDisposable
{
    private readonly CancellationTokenSource _closed = new();
    private IJSObjectReference? _module;

    /// <summary>Cancelled when the page is disposed: ends the page's waits on shared loads (never the loads themselves).</summary>
    protected CancellationToken PageClosed => _closed.Token;

    [Inject] protected NavigationManager Navigation { get; set; } = null!;

    [Inject] protected IJSRuntime JS { get; set; } = null!;

    [Inject] protected TimeProvider Time { get; set; } = null!;

    // Each query key is a parameter so a query-only navigation re-runs OnParametersSet.
    [SupplyParameterFromQuery(Name = ProjectContext.QueryParameter)] public string? ProjectParameter { get; set; }
    [SupplyParameterFromQuery(Name = GridQuery.SearchKey)] public string? SearchParameter { get; set; }
    [SupplyParameterFromQuery(Name = GridQuery.StatusKey)] public string? StatusParameter { get; set; }
    [SupplyParameterFromQuery(Name = GridQuery.LocationKey)] public string? LocationParameter { get; set; }
    [SupplyParameterFromQuery(Name = GridQuery.LabelKey)] public string? LabelParameter { get; set; }
    [SupplyParameterFromQuery(Name = GridQuery.CreatedAfterKey)] public string? AfterParameter { get; set; }
    [SupplyParameterFromQuery(Name = GridQuery.CreatedBeforeKey)] public string? BeforeParameter { get; set; }
    [SupplyParameterFromQuery(Name = GridQuery.SortKey)] public string? SortParameter { get; set; }
    [SupplyParameterFromQuery(Name = GridQuery.DirectionKey)] public string? DirectionParameter { get; set; }
    [SupplyParameterFromQuery(Name = GridQuery.DeprecatedKey)] public string? DeprecatedParameter { get; set; }
    [SupplyParameterFromQuery(Name = GridQuery.FamilyKey)] public string? FamilyParameter { get; set; }
    [SupplyParameterFromQuery(Name = GridQuery.SourceProjectKey)] public string? SourceParameter { get; set; }

    /// <summary>The project in the URL (<c>?project=</c>), or null when none is selected.</summary>
    protected string? ProjectId => string.IsNullOrWhiteSpace(ProjectParameter) ? null : ProjectParameter.Trim();

    /// <summary>The grid state read from the current URL.</summary>
    protected GridQuery Query { get; private set; } = GridQuery.Empty;

    /// <summary>The browser's time zone (UTC until the browser told us).</summary>
    protected TimeZoneInfo TimeZone { get; private set; } = TimeZoneInfo.Utc;

    protected DateTimeOffset Now => Time.GetUtcNow();

    protected override void OnParametersSet() => Query = GridQuery.Parse(Navigation.Uri);

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (!firstRender) return;
        try
        {
            var zone = await (await ModuleAsync()).InvokeAsync<string?>("timeZone");
            if (!string.IsNullOrEmpty(zone) && TimeZoneInfo.TryFindSystemTimeZoneById(zone, out var tz) && tz != TimeZone)
            {
                TimeZone = tz;
                StateHasChanged();
            }
        }
        catch (JSDisconnectedException)
        {
        }
        catch (JSException)
        {
        }
    }

    /// <summary>
    /// Shows <paramref name="query"/> at once (in memory, the same component instances: <see cref="OnQueryChanged"/>), then
    /// puts it in the URL (other parameters such as the project stay), so the view can be shared and reloaded. The URL
    /// change comes after the new rows went to the browser; the navigation it causes finds the view already up to date.
    /// </summary>
    protected async Task Apply(GridQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query == Query) return;
        Query = query;
        OnQueryChanged();
        StateHasChanged();
        // Let the renderer send this render batch before the navigation round trip starts.
        await Task.Yield();
        Navigation.NavigateTo(Navigation.GetUriWithQueryParameters(query.ToQueryParameters()));
    }

    /// <summary>Called when <see cref="Query"/> changed in place (before the URL follows): re-apply the view model.</summary>
    protected virtual void OnQueryChanged()
    {
    }

    /// <summary>A time as <c>2025-03-01 04:00</c> in the browser's zone.</summary>
    protected string LocalTime(DateTimeOffset? time)
        => time is { } t ? TimeZoneInfo.ConvertTime(t, TimeZone).ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture) : "—";

    protected string ZoneName => TimeZone == TimeZoneInfo.Utc ? "UTC" : TimeZone.Id;

    /// <summary>Sends a file to the browser as a download.</summary>
    protected async Task DownloadAsync(string fileName, string contentType, string content)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(content));
        using var reference = new DotNetStreamReference(stream);
        await (await ModuleAsync()).InvokeVoidAsync("downloadFile", fileName, contentType, reference);
    }

    /// <summary>Link to a page with the current project kept.</summary>
    protected string WithProject(string path, string? project = null)
    {
        var p = project ?? ProjectId;
        return p is null ? path : path + (path.Contains('?', StringComparison.Ordinal) ? "&" : "?") + "project=" + Uri.EscapeDataString(p);
    }

    public async ValueTask DisposeAsync()
    {
        await _closed.CancelAsync();
        _closed.Dispose();
        if (_module is not null)
        {
            try
            {
                await _module.DisposeAsync();
            }
            catch (JSDisconnectedException)
            {
            }
        }
        GC.SuppressFinalize(this);
    }

    private async Task<IJSObjectReference> ModuleAsync()
        => _module ??= await JS.InvokeAsync<IJSObjectReference>("import", "./js/dashboards.js");
}
