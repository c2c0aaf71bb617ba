using System.Text.Json.Nodes;
using CaseFlow.Workflows.Access;
using CaseFlow.Workflows.Calendars;
using CaseFlow.Workflows.Cases;
using CaseFlow.Workflows.Engine;
using CaseFlow.Workflows.Rules;
using CaseFlow.Workflows.Tests.Calendars;

namespace CaseFlow.Workflows.Tests.Engine;

/// <summary>
/// The engine's world for tests: a movable clock, one actor at a time, cases as JSON, and a record of the
/// lifecycle triggers fired (a trigger can be refused; a fired trigger can move the case to a new state).
/// </summary>
internal sealed class FakeEngineContext : IEngineContext
{
    public static readonly DateTime Start = new(2026, 11, 2, 9, 0, 0, DateTimeKind.Utc);

    public static readonly Actor Fm = new("fm.schulz", new HashSet<string> { Roles.Fm }, new HashSet<string>());

    private readonly Dictionary<string, string> refusals = [];
    private readonly Dictionary<string, string> statesAfter = [];

    public DateTime Now { get; set; } = Start;

    /// <summary>The Jobcenter's calendar (Europe/Berlin).</summary>
    public JobcenterCalendar Calendar { get; set; } = Berlin.Calendar;

    public Actor Actor { get; set; } = Fm;

    public Dictionary<Guid, JsonObject> Cases { get; } = [];

    /// <summary>The rule sets in force (<c>rules.*</c>); a test may swap them.</summary>
    public RuleSets Rules { get; set; } = RuleSets.Defaults;

    public List<(Guid CaseId, string Trigger, ActionInput Input, Actor Actor)> Fired { get; } = [];

    /// <summary>Adds a case (<c>case.id</c>, <c>case.customerId</c>, <c>case.state</c>, <c>case.mainCaseworker</c>) and returns its id.</summary>
    public Guid AddCase(string state = "Draft", string? mainCaseworker = "fm.schulz")
    {
        var id = Guid.NewGuid();
        Cases[id] = new JsonObject
        {
            ["id"] = id.ToString(),
            ["kind"] = "bfm",
            ["state"] = state,
            ["customerId"] = Guid.NewGuid().ToString(),
            ["mainCaseworker"] = mainCaseworker,
        };
        return id;
    }

    public void Advance(TimeSpan time) => Now += time;

    public void Refuse(string trigger, string reason) => refusals[trigger] = reason;

    public void Allow(string trigger) => refusals.Remove(trigger);

    /// <summary>When the trigger fires, the case moves to this state.</summary>
    public void MovesTo(string trigger, string state) => statesAfter[trigger] = state;

    public JsonObject? CaseData(Guid caseId) =>
        Cases.TryGetValue(caseId, out var data) ? (JsonObject)data.DeepClone() : null;

    public JsonObject RuleData() => RuleValues.Of(Rules);

    public CaseFireResult FireCaseTrigger(Guid caseId, string trigger, ActionInput input, Actor actor)
    {
        if (!Cases.TryGetValue(caseId, out var data))
        {
            return CaseFireResult.Refused("Fall nicht gefunden.");
        }

        if (refusals.TryGetValue(trigger, out var reason))
        {
            return CaseFireResult.Refused(reason);
        }

        Fired.Add((caseId, trigger, input, actor));
        if (statesAfter.TryGetValue(trigger, out var state))
        {
            data["state"] = state;
        }

        return CaseFireResult.Ok;
    }
}
