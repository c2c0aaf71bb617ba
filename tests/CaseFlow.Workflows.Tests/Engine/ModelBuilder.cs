using CaseFlow.Workflows.Bpmn;
using CaseFlow.Workflows.Expressions;

namespace CaseFlow.Workflows.Tests.Engine;

/// <summary>
/// Builds a <see cref="WorkflowModel"/> in code for engine tests: nodes first, then flows (in document
/// order); incoming and outgoing flow lists are filled in by <see cref="Build"/>.
/// </summary>
internal sealed class ModelBuilder(string key = "test-flow")
{
    private readonly List<(string Id, Func<IReadOnlyList<string>, IReadOnlyList<string>, FlowNode> Create)> nodes = [];
    private readonly List<SequenceFlow> flows = [];

    public ModelBuilder Start(string id = "start", MessageDefinition? message = null) =>
        Add(id, (incoming, outgoing) => new StartEvent { Id = id, Message = message, Incoming = incoming, Outgoing = outgoing });

    public ModelBuilder End(string id = "end", bool terminate = false) =>
        Add(id, (incoming, outgoing) => new EndEvent { Id = id, Terminate = terminate, Incoming = incoming, Outgoing = outgoing });

    public ModelBuilder UserTask(string id, string? role = "FM", string? assignee = null, string? dueIn = null, string? formKey = null, string? name = null, string? lane = null) =>
        Add(id, (incoming, outgoing) => new UserTask
        {
            Id = id,
            Name = name,
            LaneRole = lane,
            CandidateRole = role,
            Assignee = Parse(assignee),
            DueIn = dueIn is null ? null : IsoDuration.Parse(dueIn),
            FormKey = formKey,
            Incoming = incoming,
            Outgoing = outgoing,
        });

    public ModelBuilder ServiceTask(string id, ServiceAction action, string? trigger = null, string? reason = null, string? assignee = null, string? text = null, MessageDefinition? message = null) =>
        Add(id, (incoming, outgoing) => new ServiceTask
        {
            Id = id,
            Action = action,
            Trigger = trigger,
            Reason = Parse(reason),
            Assignee = Parse(assignee),
            Text = text,
            Message = message,
            Incoming = incoming,
            Outgoing = outgoing,
        });

    public ModelBuilder SendTask(string id, MessageDefinition message) =>
        Add(id, (incoming, outgoing) => new SendTask { Id = id, Message = message, Incoming = incoming, Outgoing = outgoing });

    public ModelBuilder ReceiveTask(string id, MessageDefinition message) =>
        Add(id, (incoming, outgoing) => new ReceiveTask { Id = id, Message = message, Incoming = incoming, Outgoing = outgoing });

    public ModelBuilder TimerCatch(string id, string duration) =>
        Add(id, (incoming, outgoing) => new IntermediateCatchEvent { Id = id, Timer = Timer(duration), Incoming = incoming, Outgoing = outgoing });

    public ModelBuilder MessageCatch(string id, MessageDefinition message) =>
        Add(id, (incoming, outgoing) => new IntermediateCatchEvent { Id = id, Message = message, Incoming = incoming, Outgoing = outgoing });

    /// <summary>A boundary timer; <paramref name="timer"/> is a duration (<c>P5D</c>), a cycle (<c>R/P1D</c>, <c>R3/P1D</c>) or <c>=</c> and a cf:dueDate expression.</summary>
    public ModelBuilder Boundary(string id, string attachedTo, string timer, bool interrupting = true) =>
        Add(id, (incoming, outgoing) => new BoundaryEvent
        {
            Id = id,
            AttachedTo = attachedTo,
            CancelActivity = interrupting,
            Timer = Timer(timer),
            Incoming = incoming,
            Outgoing = outgoing,
        });

    public ModelBuilder Gateway(string id, GatewayKind kind, string? defaultFlow = null) =>
        Add(id, (incoming, outgoing) => new Gateway { Id = id, Kind = kind, DefaultFlow = defaultFlow, Incoming = incoming, Outgoing = outgoing });

    /// <summary>A sequence flow; its id defaults to <c>source-&gt;target</c>.</summary>
    public ModelBuilder Flow(string source, string target, string? condition = null, string? id = null)
    {
        flows.Add(new SequenceFlow { Id = id ?? $"{source}->{target}", SourceId = source, TargetId = target, Condition = Parse(condition) });
        return this;
    }

    /// <summary>Flows from each element to the next.</summary>
    public ModelBuilder Chain(params string[] ids)
    {
        for (var i = 1; i < ids.Length; i++)
        {
            Flow(ids[i - 1], ids[i]);
        }

        return this;
    }

    public WorkflowModel Build() => new()
    {
        Key = key,
        Nodes = nodes.ToDictionary(
            node => node.Id,
            node => node.Create(
                flows.Where(flow => flow.TargetId == node.Id).Select(flow => flow.Id).ToList(),
                flows.Where(flow => flow.SourceId == node.Id).Select(flow => flow.Id).ToList())),
        Flows = flows.ToDictionary(flow => flow.Id),
    };

    /// <summary>A message with its correlation key expression (default <c>case.id</c>).</summary>
    public static MessageDefinition Message(string name, string correlationKey = "case.id") =>
        new($"msg-{name}", name, Expression.Parse(correlationKey));

    private ModelBuilder Add(string id, Func<IReadOnlyList<string>, IReadOnlyList<string>, FlowNode> create)
    {
        nodes.Add((id, create));
        return this;
    }

    private static Expression? Parse(string? text) => text is null ? null : Expression.Parse(text);

    private static TimerDefinition Timer(string text)
    {
        if (text.StartsWith('='))
        {
            return TimerDefinition.At(Expression.Parse(text[1..]));
        }

        if (!text.StartsWith('R'))
        {
            return new TimerDefinition(IsoDuration.Parse(text), false, null);
        }

        var parts = text.Split('/');
        int? repetitions = parts[0].Length > 1 ? int.Parse(parts[0][1..], System.Globalization.CultureInfo.InvariantCulture) : null;
        return new TimerDefinition(IsoDuration.Parse(parts[1]), true, repetitions);
    }
}
