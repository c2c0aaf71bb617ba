namespace CaseFlow.Host.Retention;

/// <summary>The body of setting or lifting a legal hold: the reason (required, at most <see cref="LegalHold.ReasonMaxLength"/> characters).</summary>
public sealed record LegalHoldRequest(string? Reason);
