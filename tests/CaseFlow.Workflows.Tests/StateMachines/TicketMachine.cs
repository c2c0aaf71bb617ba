using CaseFlow.Workflows.StateMachines;

namespace CaseFlow.Workflows.Tests.StateMachines;

/// <summary>A small machine, unrelated to any case kind, that exercises every feature of the core.</summary>
internal static class TicketMachine
{
    public enum State { New, Open, Working, Waiting, Closed }

    public sealed class Ticket
    {
        public State State { get; set; } = State.New;

        public bool Approved { get; set; }

        public List<string> Log { get; } = [];

        public int Comments { get; set; }
    }

    public sealed record CloseData(string Resolution);

    public static readonly Trigger<NoPayload> Open = new("open");
    public static readonly Trigger<NoPayload> Start = new("start");
    public static readonly Trigger<NoPayload> Pause = new("pause");
    public static readonly Trigger<string> Comment = new("comment");
    public static readonly Trigger<CloseData> Close = new("close");
    public static readonly Trigger<NoPayload> Unknown = new("teleport");

    public static StateMachineDefinition<State, Ticket> Build()
    {
        var builder = new StateMachineBuilder<State, Ticket>(State.New, t => t.State, (t, s) => t.State = s);
        builder.Configure(State.New)
            .PermitIf(Open, State.Working, Guard<Ticket, NoPayload>.OnContext("approved", "Ticket ist nicht freigegeben.", t => t.Approved));
        builder.Configure(State.Open)
            .OnEntry((t, tr) => t.Log.Add($"enter Open via {tr.Trigger}"))
            .OnExit((t, tr) => t.Log.Add($"exit Open via {tr.Trigger}"))
            .InternalTransition(Comment, (t, text) => t.Comments++)
            .PermitIf(
                Close,
                State.Closed,
                Guard<Ticket, CloseData>.OnPayload("resolution", "Eine Lösung muss angegeben werden.", (_, d) => d.Resolution.Length > 0));
        builder.Configure(State.Working)
            .SubstateOf(State.Open)
            .OnEntry((t, tr) => t.Log.Add($"enter Working via {tr.Trigger}"))
            .OnExit((t, tr) => t.Log.Add($"exit Working via {tr.Trigger}"))
            .Permit(Pause, State.Waiting);
        builder.Configure(State.Waiting)
            .SubstateOf(State.Open)
            .OnEntry((t, tr) => t.Log.Add($"enter Waiting via {tr.Trigger}"))
            .Permit(Start, State.Working);
        builder.Configure(State.Closed)
            .OnEntryFrom(Close, (t, data, _) => t.Log.Add($"closed: {data.Resolution}"));
        return builder.Build();
    }
}
