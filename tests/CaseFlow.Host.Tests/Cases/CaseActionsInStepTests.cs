using System.Text.Json;
using CaseFlow.Host.Cases;
using CaseFlow.Host.Persistence;
using CaseFlow.Host.Tests.Infrastructure;
using CaseFlow.Workflows.Access;
using CaseFlow.Workflows.Calendars;
using CaseFlow.Workflows.Cases;
using CaseFlow.Workflows.Engine;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static CaseFlow.Host.Tests.Infrastructure.Api;

namespace CaseFlow.Host.Tests.Cases;

/// <summary>
/// The form of <see cref="CaseActions"/> an engine step uses: it stages, the step commits. The HTTP tests cover
/// <see cref="CaseActions.PerformAsync"/>; these cover what only the step form does.
/// </summary>
public sealed class CaseActionsInStepTests : AppTest
{
    private static readonly ActionInput Consent = new(null, null, JsonSerializer.SerializeToElement(new { consent = true }));

    [Fact]
    public async Task An_action_in_a_step_is_staged_and_saved_only_when_the_step_commits()
    {
        var caseId = await DraftCaseAsync();
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CaseFlowDbContext>();

        var result = scope.ServiceProvider.GetRequiredService<CaseActions>()
            .StageInStep(await SceneAsync(db, caseId, Person("ifk.meyer")), "refer", Consent);
        var stateBeforeCommit = await StateAsync(caseId);
        await db.SaveChangesAsync();

        Assert.IsType<CaseActionResult.Done>(result);
        Assert.Equal("Draft", stateBeforeCommit);
        Assert.NotEqual("Draft", await StateAsync(caseId));
        Assert.Equal(1, await app.InDatabaseAsync(d => d.Journal.CountAsync(j => j.SubjectId == caseId && j.Action == "refer")));
    }

    [Fact]
    public async Task A_person_without_access_to_the_case_stages_nothing_in_a_step_while_the_engine_itself_may_act()
    {
        var caseId = await DraftCaseAsync();
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CaseFlowDbContext>();
        var actions = scope.ServiceProvider.GetRequiredService<CaseActions>();

        var byStranger = actions.StageInStep(await SceneAsync(db, caseId, Person("ifk.braun")), "refer", Consent);
        var strangerStagedSomething = db.ChangeTracker.HasChanges();
        var byEngine = actions.StageInStep(await SceneAsync(db, caseId, EngineActors.System), "refer", Consent);

        Assert.IsType<CaseActionResult.NoCaseAccess>(byStranger);
        Assert.False(strangerStagedSomething);
        // Past the access check the lifecycle decides: refer is an IFK's action, and the engine's actor has no role.
        Assert.IsType<CaseActionResult.Forbidden>(byEngine);
        Assert.False(db.ChangeTracker.HasChanges());
    }

    [Fact]
    public async Task A_refused_action_in_a_step_names_state_and_guards_and_stages_nothing()
    {
        var caseId = await DraftCaseAsync();
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CaseFlowDbContext>();

        var result = scope.ServiceProvider.GetRequiredService<CaseActions>()
            .StageInStep(await SceneAsync(db, caseId, Person("ifk.meyer")), "refer", new(null, null, JsonSerializer.SerializeToElement(new { consent = false })));

        var refused = Assert.IsType<CaseActionResult.Refused>(result);
        Assert.Equal("refer", refused.Action);
        Assert.Equal("Draft", refused.State);
        Assert.Equal("consent", Assert.Single(refused.UnmetGuards).Guard);
        Assert.NotEmpty(refused.AllowedActions);
        Assert.False(db.ChangeTracker.HasChanges());
    }

    private static Actor Person(string userName) =>
        new(userName, new HashSet<string>(StringComparer.Ordinal) { Roles.Ifk }, new HashSet<string>(StringComparer.Ordinal));

    private async Task<Guid> DraftCaseAsync()
    {
        var ifk = await app.SignInAsync("ifk.meyer");
        return await CreateBfmCaseAsync(ifk, await CreateEligibleCustomerAsync(ifk));
    }

    private async Task<CaseScene> SceneAsync(CaseFlowDbContext db, Guid caseId, Actor actor)
    {
        var @case = await db.Cases.FirstAsync(c => c.Id == caseId);
        var customer = await db.Customers.FirstAsync(c => c.Id == @case.CustomerId);
        return new CaseScene(@case, customer, actor, app.Clock.GetUtcNow().UtcDateTime, app.Services.GetRequiredService<JobcenterCalendar>());
    }

    private Task<string> StateAsync(Guid caseId) =>
        app.InDatabaseAsync(db => db.Cases.AsNoTracking().Where(c => c.Id == caseId).Select(c => c.State).FirstAsync());
}
