using CaseFlow.Workflows.Cases.Referral;

namespace CaseFlow.Host.Referrals;

/// <summary>The provider's latest progress report on a referral.</summary>
public sealed record ReferralLastReport(DateTime At, string? Summary, Attendance? Attendance, string? NextSteps);
