using CaseFlow.Workflows.Calendars;
namespace CaseFlow.Workflows.Cases;

/// <summary>A case kind's lifecycle, as the Host dispatches to it.</summary>
public interface ICaseLifecycle
{
    string Kind { get; }

    string InitialState { get; }

    /// <summary>The role that may open a case of this kind.</summary>
    string CreatorRole { get; }

    IReadOnlyList<string> Actions { get; }

    /// <summary>
    /// Whether a customer may have only one open case of this kind (bFM, outreach); false for referrals, where one runs
    /// per provider and the lifecycle's <c>refer</c> guards it.
    /// </summary>
    bool OneOpenPerCustomer { get; }

    /// <summary>The kind's states, as the case stores them.</summary>
    IReadOnlyList<string> States { get; }

    /// <summary>The German label of a state (its name when it has none).</summary>
    string StateLabel(string state);

    /// <summary>The input schema of an action: its German label and fields; the action reads its input only through it.</summary>
    Forms.ActionForm FormOf(string action);

    /// <summary>Reads an action's input as <see cref="Perform"/> would, without firing (for schema tests); throws <see cref="ActionInputException"/>.</summary>
    Forms.BoundInput ReadInput(string action, ActionInput input);

    /// <summary>The case's kind file in words (label and German value), e.g. plan type, next review, months in bFM.</summary>
    IReadOnlyList<Forms.FieldValue> FileInWords(CaseScene scene);

    /// <summary>Sets what is due next on the case (<see cref="Case.NextDueOn"/>, <see cref="Case.NextDue"/>) from its file, as every action does.</summary>
    void RefreshDue(CaseScene scene);

    /// <summary>Whether the case is still running (not in a final state).</summary>
    bool IsOpen(Case @case);

    /// <summary>
    /// The actions that can still be allowed some day from the case's current state: those permitted there or in any state
    /// reachable from it over the lifecycle's transitions (superstates included, guards ignored).
    /// </summary>
    IReadOnlySet<string> ActionsReachableFrom(Case @case);

    /// <summary>The workflow message (<see cref="CaseMessages"/>) an action publishes when it succeeds, or null.</summary>
    string? MessageOf(string action);

    /// <summary>Every action with whether the actor may take it now and, if not, why.</summary>
    IReadOnlyList<ActionAvailability> AllowedActions(CaseScene scene);

    /// <summary>
    /// Performs an action. Throws <see cref="ActionInputException"/> for malformed input,
    /// <see cref="ActionForbiddenException"/> for a missing role, and
    /// <see cref="Lifecycle.TriggerRefusedException"/> when the rules refuse it; nothing is changed then.
    /// </summary>
    ActionOutcome Perform(CaseScene scene, string action, ActionInput input);

    /// <summary>The lifecycle as a Mermaid state diagram, the case's current state marked.</summary>
    string Diagram(Case @case);

    /// <summary>The lifecycle as Mermaid text without a current state (for the designer's read-only view).</summary>
    string Diagram();

    /// <summary>The roles that may take an action (e.g. <c>Provider</c> and <c>FM</c>).</summary>
    IReadOnlyList<string> RolesOf(string action);

    /// <summary>
    /// Why a case of this kind cannot be opened for the customer on <paramref name="today"/> (the Jobcenter's date; e.g.
    /// outreach for a customer aged 25+), as a text for the caseworker; null when nothing stands in the way.
    /// </summary>
    string? OpenRefusal(Customers.Customer customer, DateOnly today);

    /// <summary>Creates a new case of this kind in its initial state; call <see cref="OpenRefusal"/> first (with the calendar's date of <paramref name="now"/>).</summary>
    Case Open(Customers.Customer customer, Access.Actor actor, DateTime now, JobcenterCalendar calendar);
}
