using CaseFlow.Workflows.Cases.Lifecycle;

namespace CaseFlow.Workflows.Cases.Bfm;

/// <summary>The bFM actions, named as the API names them.</summary>
public static class BfmTriggers
{
    public static readonly Trigger<ReferData> Refer = new("refer");
    public static readonly Trigger<ReasonData> Waive = new("waive");
    public static readonly Trigger<AcceptData> Accept = new("accept");
    public static readonly Trigger<ReasonData> Reject = new("reject");
    public static readonly Trigger<NoPayload> CompleteAssessment = new("complete-assessment");
    public static readonly Trigger<PlanData> AgreePlan = new("agree-plan");
    public static readonly Trigger<ReviewData> Review = new("review");
    public static readonly Trigger<NoPayload> RevisePlan = new("revise-plan");
    public static readonly Trigger<ExitData> Exit = new("exit");
}
