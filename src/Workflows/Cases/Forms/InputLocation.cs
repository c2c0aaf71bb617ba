namespace CaseFlow.Workflows.Cases.Forms;

/// <summary>Where an action's input field travels: the action's <c>reason</c> or a property of its <c>data</c> object.</summary>
public enum InputLocation
{
    Reason,
    Data,
}
