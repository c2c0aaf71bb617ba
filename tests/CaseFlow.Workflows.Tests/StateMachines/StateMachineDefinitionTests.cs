using CaseFlow.Workflows.StateMachines;
using static CaseFlow.Workflows.Tests.StateMachines.TicketMachine;

namespace CaseFlow.Workflows.Tests.StateMachines;

public sealed class StateMachineDefinitionTests
{
    private static readonly StateMachineDefinition<State, Ticket> Machine = TicketMachine.Build();

    [Fact]
    public void A_permitted_trigger_moves_the_state_stored_in_the_entity()
    {
        var ticket = new Ticket { Approved = true };

        var transition = Machine.Fire(ticket, Open);

        Assert.Equal(State.Working, ticket.State);
        Assert.Equal(new Transition<State>(State.New, State.Working, "open", IsInternal: false), transition);
    }

    [Fact]
    public void A_failing_context_guard_refuses_the_trigger_with_its_failure_text_and_changes_nothing()
    {
        var ticket = new Ticket { Approved = false };

        var error = Assert.Throws<TriggerRefusedException>(() => Machine.Fire(ticket, Open));

        Assert.Equal(State.New, ticket.State);
        Assert.Equal("open", error.Trigger);
        Assert.Equal("New", error.State);
        var failure = Assert.Single(error.UnmetGuards);
        Assert.Equal(new GuardFailure("approved", "Ticket ist nicht freigegeben."), failure);
        Assert.Contains("Ticket ist nicht freigegeben.", error.Message);
    }

    [Fact]
    public void A_trigger_not_configured_in_the_current_state_is_refused()
    {
        var ticket = new Ticket();

        var error = Assert.Throws<TriggerRefusedException>(() => Machine.Fire(ticket, Pause));

        Assert.Equal("state", Assert.Single(error.UnmetGuards).Guard);
        Assert.Contains("nicht vorgesehen", error.Message);
    }

    [Fact]
    public void An_unknown_trigger_is_refused_as_a_domain_error()
    {
        var error = Assert.Throws<TriggerRefusedException>(() => Machine.Fire(new Ticket(), Unknown));

        Assert.Contains("unknown action", Assert.Single(error.UnmetGuards).Message);
    }

    [Fact]
    public void A_substate_inherits_the_triggers_of_its_superstate()
    {
        var ticket = new Ticket { State = State.Waiting };

        Machine.Fire(ticket, Close, new CloseData("erledigt"));

        Assert.Equal(State.Closed, ticket.State);
        Assert.Equal(["exit Open via close", "closed: erledigt"], ticket.Log);
    }

    [Fact]
    public void IsInState_holds_for_the_state_and_each_of_its_superstates()
    {
        var ticket = new Ticket { State = State.Working };

        Assert.True(Machine.IsInState(ticket, State.Working));
        Assert.True(Machine.IsInState(ticket, State.Open));
        Assert.False(Machine.IsInState(ticket, State.Waiting));
        Assert.False(Machine.IsInState(ticket, State.Closed));
    }

    [Fact]
    public void Moving_between_substates_does_not_exit_or_re_enter_the_superstate()
    {
        var ticket = new Ticket { State = State.Working };

        Machine.Fire(ticket, Pause);

        Assert.Equal(["exit Working via pause", "enter Waiting via pause"], ticket.Log);
    }

    [Fact]
    public void Entering_a_substate_from_outside_enters_the_superstate_first()
    {
        var ticket = new Ticket { Approved = true };

        Machine.Fire(ticket, Open);

        Assert.Equal(["enter Open via open", "enter Working via open"], ticket.Log);
    }

    [Fact]
    public void An_internal_transition_runs_its_action_without_exit_or_entry()
    {
        var ticket = new Ticket { State = State.Working };

        var transition = Machine.Fire(ticket, Comment, "Rückfrage");

        Assert.True(transition.IsInternal);
        Assert.Equal(State.Working, ticket.State);
        Assert.Equal(1, ticket.Comments);
        Assert.Empty(ticket.Log);
    }

    [Fact]
    public void A_payload_guard_is_checked_on_fire_and_its_failure_text_reported()
    {
        var ticket = new Ticket { State = State.Working };

        var error = Assert.Throws<TriggerRefusedException>(() => Machine.Fire(ticket, Close, new CloseData("")));

        Assert.Equal("Eine Lösung muss angegeben werden.", Assert.Single(error.UnmetGuards).Message);
        Assert.Equal(State.Working, ticket.State);
    }

    [Fact]
    public void CanFire_without_payload_checks_only_state_and_context_guards()
    {
        var ticket = new Ticket { State = State.Working };

        Assert.True(Machine.CanFire(ticket, Close).Allowed);
        Assert.False(Machine.CanFire(ticket, Close, new CloseData("")).Allowed);
        Assert.True(Machine.CanFire(ticket, Close, new CloseData("ok")).Allowed);
    }

    [Fact]
    public void AllowedTriggers_lists_every_trigger_with_reasons_for_the_refused_ones()
    {
        var checks = Machine.AllowedTriggers(new Ticket { Approved = false }).ToDictionary(c => c.Trigger);

        Assert.Equal(["open", "comment", "close", "pause", "start"], checks.Keys);
        Assert.False(checks["open"].Allowed);
        Assert.Equal(["Ticket ist nicht freigegeben."], checks["open"].Reasons);
        Assert.All(checks.Values, check => Assert.False(check.Allowed));
    }

    [Fact]
    public void A_definition_is_shared_safely_by_many_entities()
    {
        var first = new Ticket { Approved = true };
        var second = new Ticket { Approved = true };

        Machine.Fire(first, Open);

        Assert.Equal(State.Working, first.State);
        Assert.Equal(State.New, second.State);
    }

    [Fact]
    public void A_cycle_of_superstates_is_rejected_when_building()
    {
        var builder = new StateMachineBuilder<State, Ticket>(State.New, t => t.State, (t, s) => t.State = s);
        builder.Configure(State.Open).SubstateOf(State.Working);
        builder.Configure(State.Working).SubstateOf(State.Open);

        Assert.Throws<InvalidOperationException>(() => builder.Build());
    }

    [Fact]
    public void Two_transitions_whose_guards_both_hold_are_reported_as_a_definition_error()
    {
        var builder = new StateMachineBuilder<State, Ticket>(State.New, t => t.State, (t, s) => t.State = s);
        builder.Configure(State.New).Permit(Open, State.Open).Permit(Open, State.Working);
        var machine = builder.Build();

        Assert.Throws<InvalidOperationException>(() => machine.Fire(new Ticket(), Open));
    }

    [Fact]
    public void Of_two_guarded_transitions_of_one_trigger_the_one_whose_guards_hold_is_taken()
    {
        var builder = new StateMachineBuilder<State, Ticket>(State.New, t => t.State, (t, s) => t.State = s);
        builder.Configure(State.New)
            .PermitIf(Open, State.Open, Guard<Ticket, NoPayload>.OnContext("approved", "nicht frei", t => t.Approved))
            .PermitIf(Open, State.Waiting, Guard<Ticket, NoPayload>.OnContext("not-approved", "frei", t => !t.Approved));
        var machine = builder.Build();
        var ticket = new Ticket { Approved = false };

        machine.Fire(ticket, Open);

        Assert.Equal(State.Waiting, ticket.State);
    }
}
