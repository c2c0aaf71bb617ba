using CaseFlow.Workflows.Access;
using CaseFlow.Workflows.Calendars;
using CaseFlow.Workflows.Cases;
using CaseFlow.Workflows.Cases.Forms;
using CaseFlow.Workflows.Cases.Lifecycle;
using CaseFlow.Workflows.Customers;

namespace CaseFlow.Host.Telemetry;

/// <summary>
/// A lifecycle that counts its <see cref="Perform"/> outcomes in <c>caseflow.case.actions</c>. Every case action passes
/// through a lifecycle's Perform, whether the Cases API, the provider API or a workflow's <c>case.fire</c> asked, so the
/// count is taken here once. An action name the lifecycle does not know is counted as <c>_OTHER</c> (bounded labels).
/// </summary>
public sealed class MeteredCaseLifecycle(ICaseLifecycle inner, CaseFlowMetrics metrics) : ICaseLifecycle
{
    private const string UnknownAction = "_OTHER";

    public string Kind => inner.Kind;

    public string InitialState => inner.InitialState;

    public string CreatorRole => inner.CreatorRole;

    public IReadOnlyList<string> Actions => inner.Actions;

    public bool OneOpenPerCustomer => inner.OneOpenPerCustomer;

    public IReadOnlyList<string> States => inner.States;

    public IReadOnlyList<FieldValue> FileInWords(CaseScene scene) => inner.FileInWords(scene);

    public void RefreshDue(CaseScene scene) => inner.RefreshDue(scene);

    public string StateLabel(string state) => inner.StateLabel(state);

    public ActionForm FormOf(string action) => inner.FormOf(action);

    public BoundInput ReadInput(string action, ActionInput input) => inner.ReadInput(action, input);

    public ActionOutcome Perform(CaseScene scene, string action, ActionInput input)
    {
        var label = inner.Actions.Contains(action) ? action : UnknownAction;
        try
        {
            var outcome = inner.Perform(scene, action, input);
            metrics.CaseAction(Kind, label, CaseFlowMetrics.Done);
            return outcome;
        }
        catch (ActionForbiddenException)
        {
            metrics.CaseAction(Kind, label, CaseFlowMetrics.Forbidden);
            throw;
        }
        catch (Exception e) when (e is TriggerRefusedException or ActionInputException or KeyNotFoundException)
        {
            metrics.CaseAction(Kind, label, CaseFlowMetrics.Refused);
            throw;
        }
    }

    public bool IsOpen(Case @case) => inner.IsOpen(@case);

    public string? MessageOf(string action) => inner.MessageOf(action);

    public IReadOnlySet<string> ActionsReachableFrom(Case @case) => inner.ActionsReachableFrom(@case);

    public IReadOnlyList<ActionAvailability> AllowedActions(CaseScene scene) => inner.AllowedActions(scene);

    public string Diagram(Case @case) => inner.Diagram(@case);

    public string Diagram() => inner.Diagram();

    public IReadOnlyList<string> RolesOf(string action) => inner.RolesOf(action);

    public string? OpenRefusal(Customer customer, DateOnly today) => inner.OpenRefusal(customer, today);

    public Case Open(Customer customer, Actor actor, DateTime now, JobcenterCalendar calendar) => inner.Open(customer, actor, now, calendar);
}
