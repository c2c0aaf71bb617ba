namespace CaseFlow.Workflows.Engine;

/// <summary>
/// The status of an instance as every route shows it: <c>Running</c>, <c>Incident</c> (running, with at least one open
/// incident), <c>Completed</c> or <c>Cancelled</c>. The stored <see cref="InstanceStatus"/> knows nothing of incidents,
/// so every view derives the shown status here and nowhere else.
/// </summary>
public static class InstanceState
{
    public const string Incident = "Incident";

    public static string Of(InstanceStatus status, bool hasOpenIncident) =>
        status == InstanceStatus.Running && hasOpenIncident ? Incident : status.ToString();

    public static string Of(WorkflowInstance instance) => Of(instance.Status, instance.Incidents.Any(incident => incident.IsOpen));
}
