using System.Text.Json;
using System.Text.Json.Nodes;
using CaseFlow.Workflows.Bpmn;
using CaseFlow.Workflows.Calendars;
using CaseFlow.Workflows.Cases;

namespace CaseFlow.Workflows.Engine.Execution;

/// <summary>
/// One engine step on one instance: the moving tokens, the working copy of the variables, the case as
/// expressions see it, and what the step produces. Everything the executors share goes through here.
/// </summary>
internal sealed class Step
{
    private readonly Queue<Arrival> moving = new();
    private JsonObject? caseData;
    private bool caseDataRead;
    private JsonObject? ruleData;

    public Step(WorkflowModel model, IEngineContext context, WorkflowInstance instance, JsonObject variables)
    {
        Model = model;
        Context = context;
        Instance = instance;
        Variables = variables;
        Now = context.Now;
        Incidents = new IncidentBook(this);
    }

    public WorkflowModel Model { get; }

    public IEngineContext Context { get; }

    public WorkflowInstance Instance { get; }

    public StepResult Result { get; } = new();

    /// <summary>The working copy of the instance variables, written back when the step ends.</summary>
    public JsonObject Variables { get; }

    /// <summary>The time of the step, read once from the context so that every row of the step carries the same time.</summary>
    public DateTime Now { get; }

    public JobcenterCalendar Calendar => Context.Calendar;

    public string ActorName => Context.Actor.UserName;

    public IncidentBook Incidents { get; }

    /// <summary>The tokens forks created in this step (each outgoing flow after the first of a node).</summary>
    public int NewTokens { get; private set; }

    /// <summary>The moving tokens not yet executed.</summary>
    public int Moving => moving.Count;

    public static Step For(WorkflowModel model, IEngineContext context, WorkflowInstance instance)
    {
        if (instance.DefinitionKey != model.Key)
        {
            throw new InvalidOperationException($"Instance {instance.Id} runs workflow '{instance.DefinitionKey}', not '{model.Key}'.");
        }

        return new Step(model, context, instance, instance.ReadVariables());
    }

    public void Enqueue(Arrival arrival) => moving.Enqueue(arrival);

    public bool TryDequeue(out Arrival arrival) => moving.TryDequeue(out arrival!);

    /// <summary>Drops every moving token (a terminate end event).</summary>
    public void StopMoving() => moving.Clear();

    /// <summary>Moves the token on along every outgoing flow of the node (several flows fork); without one the token ends.</summary>
    public void Leave(FlowNode node, Guid tokenId)
    {
        if (node.Outgoing.Count == 0)
        {
            Log("token.ended", node.Id, $"{node.DisplayName}: keine ausgehenden Flüsse (no outgoing flow), der Pfad endet.");
            return;
        }

        for (var i = 0; i < node.Outgoing.Count; i++)
        {
            NewTokens += i == 0 ? 0 : 1;
            Take(Model.Flows[node.Outgoing[i]], i == 0 ? tokenId : Guid.NewGuid());
        }
    }

    public void Take(SequenceFlow flow, Guid tokenId) => Enqueue(new Arrival(tokenId, flow.TargetId, flow.Id));

    /// <summary>Lets the arriving token wait at its element.</summary>
    public Token Park(Arrival arrival, TokenWait wait)
    {
        var token = new Token
        {
            Id = arrival.TokenId,
            InstanceId = Instance.Id,
            ElementId = arrival.ElementId,
            Wait = wait,
            ArrivedVia = wait is TokenWait.Join or TokenWait.Incident ? arrival.Via : null,
            CreatedAt = Now,
        };
        Instance.Tokens.Add(token);
        return token;
    }

    public Token? Token(Guid tokenId) => Instance.Tokens.Find(token => token.Id == tokenId);

    public void RemoveToken(Token token) => Instance.Tokens.Remove(token);

    /// <summary>Merges values into the variables at the top level (a given name replaces the whole value).</summary>
    public void Merge(JsonObject values)
    {
        foreach (var (name, value) in values)
        {
            Variables[name] = value?.DeepClone();
        }
    }

    /// <summary>The variables as the <c>data</c> of a lifecycle action.</summary>
    public JsonElement VariablesElement()
    {
        using var document = JsonDocument.Parse(EngineJson.Text(Variables));
        return document.RootElement.Clone();
    }

    /// <summary>The instance's case as expressions see it, read once per step and again after a <c>case.fire</c>.</summary>
    public JsonObject? CaseData()
    {
        if (!caseDataRead)
        {
            caseData = Instance.CaseId is Guid caseId ? Context.CaseData(caseId) : null;
            caseDataRead = true;
        }

        return caseData;
    }

    public void ForgetCaseData() => caseDataRead = false;

    /// <summary>The rule values in force at the step's time, read once per step.</summary>
    public JsonObject RuleData() => ruleData ??= Context.RuleData();

    public void Log(string action, string? elementId, string? note = null, string? data = null, string? reason = null) =>
        Result.Journal.Add(new JournalEntry
        {
            At = Now,
            Actor = ActorName,
            SubjectType = "instance",
            SubjectId = Instance.Id,
            Action = action,
            ElementId = elementId,
            Note = note,
            Data = data,
            Reason = reason,
            Sequence = Result.Journal.Count + 1,
        });
}
