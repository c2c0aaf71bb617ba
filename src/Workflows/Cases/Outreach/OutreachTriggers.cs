using CaseFlow.Workflows.Cases.Lifecycle;

namespace CaseFlow.Workflows.Cases.Outreach;

/// <summary>The outreach actions, named as the API names them.</summary>
public static class OutreachTriggers
{
    public static readonly Trigger<HandOverData> HandOver = new("hand-over");
    public static readonly Trigger<NoPayload> TakeOver = new("take-over");
    public static readonly Trigger<VisitData> RecordVisit = new("record-visit");
    public static readonly Trigger<ExtensionData> Extend = new("extend");
    public static readonly Trigger<SanctionDecisionData> RecordSanctionDecision = new("record-sanction-decision");
    public static readonly Trigger<NoPayload> Activated = new("activated");
    public static readonly Trigger<JointMeetingData> HoldJointMeeting = new("hold-joint-meeting");
    public static readonly Trigger<EarlyReturnData> ReturnEarly = new("return-early");
    public static readonly Trigger<NoPayload> CompleteTask = new("complete-task");
}
