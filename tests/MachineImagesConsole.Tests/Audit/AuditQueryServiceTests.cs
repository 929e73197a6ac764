using MachineImagesConsole.Data;
using MachineImagesConsole.Model.Audit;
using MachineImagesConsole.Tests.Data;
using MachineImagesConsole.Tests.Pipeline;

namespace MachineImagesConsole.Tests.Audit;

public sealed class AuditQueryServiceTests : IAsyncLifetime
{
    private static readonly DateTimeOffset T0 = new(2025, 3, 1, 12, 0, 0, TimeSpan.Zero);
    private TestDatabase _database = null!;
    private AuditQueryService _service = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        _service = new AuditQueryService(_database, TestUsers.AuthorizationService());
        var log = new AuditLog(_database, TimeProvider.System);
        AuditRecord Record(int minute, string actor, string action, string project, AuditOutcome outcome, string target, string? parameters = null, string? error = null)
            => new()
            {
                Time = T0.AddMinutes(minute), ActorEmail = actor, ActorRole = "Operator", Action = action, Project = project,
                Outcome = outcome, Target = target, RequestId = Guid.NewGuid(), ParametersJson = parameters, ErrorMessage = error,
            };

        await log.AddAsync(Record(0, "Operator@Example.com", "machineImages.insert", "acme-prod", AuditOutcome.Succeeded, "nightly-web", "{\"sourceInstance\":\"web-1\"}"), default);
        await log.AddAsync(Record(1, "operator@example.com", "machineImages.delete", "acme-prod", AuditOutcome.Failed, "old-web", error: "The resource is in use"), default);
        await log.AddAsync(Record(2, "viewer@example.com", "machineImages.delete", "acme-staging", AuditOutcome.Denied, "staging-db"), default);
        await log.AddAsync(Record(3, "admin@example.com", "machineImages.setIamPolicy", "acme-dr", AuditOutcome.Succeeded, "dr-base_100%"), default);
        await log.AddAsync(Record(4, "admin@example.com", "images.insert", "acme-prod", AuditOutcome.Submitted, "golden-image"), default);
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task QueryAsync_NoFilters_ReturnsAllNewestFirst()
    {
        var page = await _service.QueryAsync(new AuditQuery(), TestUsers.Admin, default);

        Assert.Equal(5, page.TotalCount);
        Assert.Equal(["golden-image", "dr-base_100%", "staging-db", "old-web", "nightly-web"], page.Items.Select(r => r.Target));
    }

    [Fact]
    public async Task QueryAsync_ActorFilter_MatchesCaseInsensitively()
    {
        var page = await _service.QueryAsync(new AuditQuery { ActorEmail = "OPERATOR@example.com" }, TestUsers.Admin, default);

        Assert.Equal(["old-web", "nightly-web"], page.Items.Select(r => r.Target));
    }

    [Fact]
    public async Task QueryAsync_ActionOutcomeAndProjectFilters_Combine()
    {
        var byAction = await _service.QueryAsync(new AuditQuery { Action = "machineImages.delete" }, TestUsers.Admin, default);
        var byOutcome = await _service.QueryAsync(new AuditQuery { Action = "machineImages.delete", Outcome = AuditOutcome.Denied }, TestUsers.Admin, default);
        var byProject = await _service.QueryAsync(new AuditQuery { Project = "acme-prod" }, TestUsers.Admin, default);

        Assert.Equal(2, byAction.TotalCount);
        Assert.Equal("staging-db", Assert.Single(byOutcome.Items).Target);
        Assert.Equal(["golden-image", "old-web", "nightly-web"], byProject.Items.Select(r => r.Target));
    }

    [Fact]
    public async Task QueryAsync_TimeRange_IsInclusiveFromExclusiveTo()
    {
        var page = await _service.QueryAsync(new AuditQuery { From = T0.AddMinutes(1), To = T0.AddMinutes(3) }, TestUsers.Admin, default);

        Assert.Equal(["staging-db", "old-web"], page.Items.Select(r => r.Target));
    }

    [Theory]
    [InlineData("WEB-1", "nightly-web")]          // parameters JSON, any case
    [InlineData("in use", "old-web")]             // error message
    [InlineData("setiampolicy", "dr-base_100%")]  // action
    [InlineData("_100%", "dr-base_100%")]         // LIKE wildcards are matched literally
    public async Task QueryAsync_Text_MatchesSubstringInAnyColumn(string text, string expectedTarget)
    {
        var page = await _service.QueryAsync(new AuditQuery { Text = text }, TestUsers.Admin, default);

        Assert.Equal(expectedTarget, Assert.Single(page.Items).Target);
    }

    [Fact]
    public async Task QueryAsync_Paging_ReturnsRequestedSliceAndTotal()
    {
        var second = await _service.QueryAsync(new AuditQuery { PageIndex = 1, PageSize = 2 }, TestUsers.Admin, default);

        Assert.Equal(5, second.TotalCount);
        Assert.Equal(3, second.PageCount);
        Assert.Equal(["staging-db", "old-web"], second.Items.Select(r => r.Target));
    }

    [Fact]
    public async Task QueryAsync_NonAdmin_IsRefused()
    {
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => _service.QueryAsync(new AuditQuery(), TestUsers.Operator, default));
    }
}
