namespace CaseFlow.Workflows.Engine;

public enum HumanTaskStatus
{
    Open,
    Completed,

    /// <summary>Ended by an interrupting boundary timer, an event-based race or a terminate end event.</summary>
    Cancelled,
}
