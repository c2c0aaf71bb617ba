using System.Text.Json;
using CaseFlow.Workflows.Access;
using CaseFlow.Workflows.Calendars;
using CaseFlow.Workflows.Cases.Forms;
using CaseFlow.Workflows.Cases.Lifecycle;
using CaseFlow.Workflows.Customers;

namespace CaseFlow.Workflows.Cases;

/// <summary>
/// The shared dispatch of every case kind: an action catalogue (name, role, payload binding) over the kind's
/// lifecycle machine (described once, run by Stateless per action), role checks, and the journal line for each transition.
/// </summary>
public abstract class CaseLifecycle<TState, TContext> : ICaseLifecycle
    where TState : struct, Enum
    where TContext : CaseContext
{
    private readonly LifecycleMachine<TState, TContext> machine;
    private readonly Dictionary<string, CaseActionDefinition> actions = new(StringComparer.Ordinal);
    private readonly IReadOnlySet<TState> finalStates;

    protected CaseLifecycle(string kind, LifecycleMachine<TState, TContext> machine, IReadOnlySet<TState> finalStates)
    {
        Kind = kind;
        this.machine = machine;
        this.finalStates = finalStates;
    }

    public string Kind { get; }

    public string InitialState => machine.InitialState.ToString();

    public abstract string CreatorRole { get; }

    public IReadOnlyList<string> Actions => actions.Keys.ToList();

    public bool IsOpen(Case @case) => !finalStates.Contains(StateOf(@case));

    public IReadOnlySet<string> ActionsReachableFrom(Case @case) =>
        machine.TriggersReachableFrom(StateOf(@case)).Where(actions.ContainsKey).ToHashSet(StringComparer.Ordinal);

    public IReadOnlyList<ActionAvailability> AllowedActions(CaseScene scene)
    {
        var context = CreateContext(scene);
        return actions.Values.Select(action =>
        {
            var reasons = new List<string>();
            if (!action.MayBeTakenBy(scene.Actor))
            {
                reasons.Add($"Nur für {action.RoleNames}.");
            }

            reasons.AddRange(action.Check(context).Reasons);
            return new ActionAvailability(action.Name, reasons.Count == 0, reasons);
        }).ToList();
    }

    public ActionOutcome Perform(CaseScene scene, string action, ActionInput input)
    {
        if (!actions.TryGetValue(action, out var definition))
        {
            throw new KeyNotFoundException($"Die Aktion '{action}' gibt es für Fälle der Art '{Kind}' nicht. Erlaubt: {string.Join(", ", actions.Keys)}.");
        }

        if (!definition.MayBeTakenBy(scene.Actor))
        {
            throw new ActionForbiddenException(
                action, string.Join(", ", definition.Roles), $"Die Aktion '{action}' ist nur für {definition.RoleNames} erlaubt.");
        }

        var context = CreateContext(scene);
        var transition = definition.Fire(context, input);
        scene.Case.UpdatedAt = scene.Now;
        SetDue(scene.Case, context);
        var journal = new JournalEntry
        {
            At = scene.Now,
            Actor = scene.Actor.UserName,
            SubjectType = "case",
            SubjectId = scene.Case.Id,
            Action = action,
            FromState = transition.Source.ToString(),
            ToState = transition.Destination.ToString(),
            Reason = input.Reason?.Trim(),
            Note = input.Note?.Trim(),
            Data = input.Data is { ValueKind: JsonValueKind.Object } data ? data.GetRawText() : null,
        };
        return new ActionOutcome(journal, context.FollowUps, definition.Message) { CustomerJournal = context.CustomerJournal };
    }

    public string Diagram(Case @case) => machine.ToMermaid(StateOf(@case));

    public string Diagram() => machine.ToMermaid();

    public IReadOnlyList<string> RolesOf(string action) => actions.TryGetValue(action, out var definition) ? definition.Roles : [];

    /// <summary>One open case of the kind per customer, unless a lifecycle says otherwise.</summary>
    public virtual bool OneOpenPerCustomer => true;

    /// <summary>Nothing stands in the way of opening unless a lifecycle says so.</summary>
    public virtual string? OpenRefusal(Customer customer, DateOnly today) => null;

    /// <summary>Creates a new case of this kind in its initial state, with the opening IFK/FM as its caseworker and the kind's empty file.</summary>
    public Case Open(Customer customer, Actor actor, DateTime now, JobcenterCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        if (OpenRefusal(customer, calendar.DateOf(now)) is { } refusal)
        {
            throw new InvalidOperationException(refusal);
        }

        var @case = new Case
        {
            Kind = Kind,
            CustomerId = customer.Id,
            State = InitialState,
            CreatedAt = now,
            UpdatedAt = now,
            CreatedBy = actor.UserName,
            ReferringCaseworker = actor.UserName,
            MainCaseworker = actor.UserName,
        };
        AttachFile(@case);
        return @case;
    }

    /// <summary>Gives a new case the file of its kind (e.g. the bFM file).</summary>
    protected abstract void AttachFile(Case @case);

    /// <summary>The kind's lifecycle machine (described once, run by Stateless); public for tests and diagrams.</summary>
    public LifecycleMachine<TState, TContext> Machine => machine;

    protected abstract TContext CreateContext(CaseScene scene);

    /// <summary>What is due next on an open case after an action (kept on the case for "Meine Fälle"); null when nothing is.</summary>
    protected abstract CaseDue? NextDue(TContext context);

    public IReadOnlyList<FieldValue> FileInWords(CaseScene scene) => DescribeFile(CreateContext(scene));

    public void RefreshDue(CaseScene scene) => SetDue(scene.Case, CreateContext(scene));

    private void SetDue(Case @case, TContext context)
    {
        var due = IsOpen(@case) ? NextDue(context) : null;
        @case.NextDueOn = due?.On;
        @case.NextDue = due?.What;
    }

    /// <summary>The kind's file in words, for the case page.</summary>
    protected abstract IReadOnlyList<FieldValue> DescribeFile(TContext context);

    /// <summary>
    /// Adds an action: the trigger, the role that may take it, its input form (served as its schema), how its payload is
    /// read through that form, and optionally the workflow message (<see cref="CaseMessages"/>) it publishes when it succeeds.
    /// </summary>
    protected void AddAction<TPayload>(Trigger<TPayload> trigger, string role, ActionForm form, Func<FormReader, TPayload> bind, string? message = null) =>
        AddAction(trigger, [role], form, bind, message);

    /// <summary>Adds an action several roles may take (e.g. the provider, or the FM on the provider's behalf).</summary>
    protected void AddAction<TPayload>(
        Trigger<TPayload> trigger, IReadOnlyList<string> roles, ActionForm form, Func<FormReader, TPayload> bind, string? message = null) =>
        actions.Add(trigger.Name, new CaseActionDefinition(
            trigger.Name,
            roles,
            message,
            form,
            input =>
            {
                var reader = new FormReader(form, input);
                return new BoundInput(bind(reader), reader.FieldsRead);
            },
            context => machine.CanFire(context, trigger),
            (context, input) => machine.Fire(context, trigger, bind(new FormReader(form, input)))));

    public ActionForm FormOf(string action) =>
        actions.TryGetValue(action, out var definition) ? definition.Form : throw new KeyNotFoundException($"Unknown action '{action}' of kind '{Kind}'.");

    public BoundInput ReadInput(string action, ActionInput input) =>
        actions.TryGetValue(action, out var definition) ? definition.Bind(input) : throw new KeyNotFoundException($"Unknown action '{action}' of kind '{Kind}'.");

    public IReadOnlyList<string> States => [.. machine.States.Select(state => state.ToString())];

    public string StateLabel(string state) => Labels.Of(typeof(TState), state);

    public string? MessageOf(string action) => actions.TryGetValue(action, out var definition) ? definition.Message : null;

    internal static TState StateOf(Case @case) => Enum.Parse<TState>(@case.State);

    internal static void SetState(Case @case, TState state) => @case.State = state.ToString();

    private sealed record CaseActionDefinition(
        string Name,
        IReadOnlyList<string> Roles,
        string? Message,
        ActionForm Form,
        Func<ActionInput, BoundInput> Bind,
        Func<TContext, TriggerCheck> Check,
        Func<TContext, ActionInput, (TState Source, TState Destination)> Fire)
    {
        public bool MayBeTakenBy(Actor actor) => Roles.Any(actor.HasRole);

        public string RoleNames => string.Join(" oder ", Roles.Select(Access.Roles.GermanName));
    }
}
