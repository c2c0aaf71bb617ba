using CaseFlow.Workflows.Customers;

namespace CaseFlow.Workflows.Cases.Bfm;

/// <summary>Payload of <c>exit</c>.</summary>
public sealed record ExitData(ExitReason Reason, ProfileCode FinalProfile);
