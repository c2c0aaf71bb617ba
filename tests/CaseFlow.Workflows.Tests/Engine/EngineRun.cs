using System.Text.Json.Nodes;
using CaseFlow.Workflows.Bpmn;
using CaseFlow.Workflows.Cases;
using CaseFlow.Workflows.Engine;

namespace CaseFlow.Workflows.Tests.Engine;

/// <summary>Drives one instance of a model through the engine, the way the Host would, and keeps every journal line.</summary>
internal sealed class EngineRun
{
    public EngineRun(WorkflowModel model, bool withCase = true)
    {
        Engine = new WorkflowEngine(model, Context);
        CaseId = withCase ? Context.AddCase() : null;
    }

    public FakeEngineContext Context { get; } = new();

    public WorkflowEngine Engine { get; }

    public Guid? CaseId { get; }

    public WorkflowInstance Instance { get; private set; } = null!;

    public StepResult Last { get; private set; } = null!;

    public List<JournalEntry> Journal { get; } = [];

    public JsonObject Variables => Instance.ReadVariables();

    public JsonObject Case => Context.Cases[CaseId!.Value];

    /// <summary>Where tokens wait, sorted by element id.</summary>
    public IReadOnlyList<string> WaitingAt => Instance.Tokens.Select(token => token.ElementId).Order(StringComparer.Ordinal).ToList();

    public IEnumerable<string> Actions => Journal.Select(entry => entry.Action);

    public EngineRun Start(JsonObject? variables = null, string? startEventId = null)
    {
        (Instance, Last) = Engine.Start(3, CaseId, variables ?? [], startEventId);
        Journal.AddRange(Last.Journal);
        return this;
    }

    public HumanTask OpenTask(string elementId) =>
        Instance.Tasks.Single(task => task.ElementId == elementId && task.Status == HumanTaskStatus.Open);

    public StepResult Complete(string elementId, JsonObject? variables = null) =>
        Record(Engine.CompleteTask(Instance, OpenTask(elementId).Id, variables ?? []));

    public StepResult Deliver(string elementId, JsonObject? payload = null) =>
        Record(Engine.DeliverMessage(Instance, Instance.Subscriptions.Single(s => s.ElementId == elementId).Id, payload ?? []));

    public StepResult Fire(string elementId) =>
        Record(Engine.FireTimer(Instance, Instance.Timers.Single(timer => timer.ElementId == elementId).Id));

    public StepResult Retry(string elementId, JsonObject? variables = null) =>
        Record(Engine.RetryIncident(Instance, OpenIncident(elementId).Id, variables ?? []));

    public Incident OpenIncident(string elementId) => Instance.Incidents.Single(incident => incident.ElementId == elementId && incident.IsOpen);

    /// <summary>Moves the clock and fires every timer that is due, earliest first, as the Host's timer poller does; returns how many fired.</summary>
    public int Advance(TimeSpan time)
    {
        Context.Advance(time);
        var fired = 0;
        while (Instance.Timers.Where(timer => timer.DueAt <= Context.Now).MinBy(timer => timer.DueAt) is { } due)
        {
            Record(Engine.FireTimer(Instance, due.Id));
            fired++;
        }

        return fired;
    }

    private StepResult Record(StepResult result)
    {
        Last = result;
        Journal.AddRange(result.Journal);
        return result;
    }
}
