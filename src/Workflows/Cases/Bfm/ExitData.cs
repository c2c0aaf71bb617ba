using CaseFlow.Workflows.Customers;

namespace CaseFlow.Workflows.Cases.Bfm;

/// <summary>Payload of <c>exit</c>: the reason, the final profile (written back to the customer) and the closing plan.</summary>
public sealed record ExitData(ExitReason Reason, ProfileCode FinalProfile)
{
    /// <summary>The next steps agreed for after the exit (Abschlussplan).</summary>
    public string ClosingPlan { get; init; } = "";
}
