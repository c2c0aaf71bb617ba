using CaseFlow.Workflows.Access;
using CaseFlow.Workflows.Cases.Forms;
using CaseFlow.Workflows.Cases.Lifecycle;
using CaseFlow.Workflows.Customers;
using CaseFlow.Workflows.Rules;
using static CaseFlow.Workflows.Cases.Outreach.OutreachTriggers;

namespace CaseFlow.Workflows.Cases.Outreach;

/// <summary>
/// The outreach case lifecycle (aufsuchende Beratungsarbeit U25, seed 003, domain.md §4): the pAp hands the
/// customer over to the queue VM-U25-aB or as a single task, an aB-pAp takes over and activates the customer
/// with visits by two, and after a joint meeting (or an early return) the customer goes back to the pAp.
/// </summary>
public sealed class OutreachLifecycle : CaseLifecycle<OutreachState, OutreachContext>
{
    private static readonly LifecycleMachine<OutreachState, OutreachContext> Definition = DescribeMachine();
    private readonly EffectiveRules<OutreachRuleSet> rules;

    public OutreachLifecycle(EffectiveRules<OutreachRuleSet> rules)
        : base(CaseKinds.Outreach, Definition, new HashSet<OutreachState> { OutreachState.Returned })
    {
        this.rules = rules;
        AddAction(HandOver, Roles.Ifk, OutreachActionForms.HandOver, OutreachInput.HandOver);
        AddAction(TakeOver, Roles.Abpap, OutreachActionForms.TakeOver, _ => NoPayload.Instance);
        AddAction(RecordVisit, Roles.Abpap, OutreachActionForms.RecordVisit, read => new VisitData(
            read.StringList("companions"), read.OptionalDate("visitedOn")));
        AddAction(Extend, Roles.Abpap, OutreachActionForms.Extend, read => new ExtensionData(
            read.RequiredString("justification"), read.RequiredDate("until")));
        AddAction(RecordSanctionDecision, Roles.Abpap, OutreachActionForms.RecordSanctionDecision, read => new SanctionDecisionData(
            read.RequiredString("decision"), read.RequiredBool("agreedWithPap")));
        AddAction(Activated, Roles.Abpap, OutreachActionForms.Activated, _ => NoPayload.Instance);
        AddAction(HoldJointMeeting, Roles.Abpap, OutreachActionForms.HoldJointMeeting, read => new JointMeetingData(read.StringList("participants")));
        AddAction(ReturnEarly, Roles.Abpap, OutreachActionForms.ReturnEarly, read => new EarlyReturnData(read.RequiredReason()));
        AddAction(CompleteTask, Roles.Abpap, OutreachActionForms.CompleteTask, _ => NoPayload.Instance);
    }

    public override string CreatorRole => Roles.Ifk;

    public override string? OpenRefusal(Customer customer, DateOnly today)
    {
        var maximumAge = rules.At(today).MaximumAge;
        var age = customer.AgeOn(today);
        return age < maximumAge ? null : OutreachGuards.AgeLimitText(maximumAge, age);
    }

    protected override void AttachFile(Case @case) => @case.Outreach = new OutreachDetails();

    protected override IReadOnlyList<FieldValue> DescribeFile(OutreachContext context) => OutreachFileWords.Describe(context);

    protected override OutreachContext CreateContext(CaseScene scene) =>
        new(scene, rules.At(scene.Today));

    /// <summary>The end of the activation phase while it runs.</summary>
    protected override CaseDue? NextDue(OutreachContext context) =>
        context.Case.State == nameof(OutreachState.Activation) && context.ActivationEnd is { } end ? new CaseDue(end, CaseDues.ActivationEnd) : null;

    /// <summary>Describes the machine once; per action Stateless builds it over the case and fires (see <see cref="LifecycleMachine{TState,TContext}"/>).</summary>
    private static LifecycleMachine<OutreachState, OutreachContext> DescribeMachine()
    {
        var machine = new LifecycleMachine<OutreachState, OutreachContext>(
            OutreachState.Draft, c => StateOf(c.Case), (c, state) => SetState(c.Case, state));

        machine.Configure(OutreachState.Draft)
            .PermitIf(HandOver, OutreachState.Queued, OutreachGuards.AgeLimit, OutreachGuards.HandoverTalk, OutreachGuards.FullHandoverForm)
            .PermitIf(HandOver, OutreachState.SingleTask, OutreachGuards.AgeLimit, OutreachGuards.HandoverTalk, OutreachGuards.SingleTaskForm);

        machine.Configure(OutreachState.Queued)
            .OnEntryFrom(HandOver, (c, data) =>
            {
                OutreachEffects.RecordHandOver(c, data);
                c.File.Queue = c.Rules.Queue;
            })
            .Permit(TakeOver, OutreachState.Activation);

        machine.Configure(OutreachState.SingleTask)
            .OnEntryFrom(HandOver, (c, data) =>
            {
                OutreachEffects.RecordHandOver(c, data);
                c.File.Adviser = data.Adviser;
            })
            .Permit(CompleteTask, OutreachState.Returned);

        machine.Configure(OutreachState.Activation)
            .OnEntryFrom(TakeOver, (c, _) =>
            {
                c.File.TakenOverAt = c.Now;
                c.File.TakenOverBy = c.Actor.UserName;
                c.File.ActivationStartedAt = c.Now;
                c.Case.MainCaseworker = c.Actor.UserName;
            })
            .InternalTransitionIf(RecordVisit, OutreachEffects.RecordVisit, OutreachGuards.WithinActivationPeriod, OutreachGuards.SecondStaffMember, OutreachGuards.VisitDate)
            .InternalTransitionIf(Extend, OutreachEffects.RecordExtension, OutreachGuards.ExtensionUntil)
            .InternalTransitionIf(RecordSanctionDecision, OutreachEffects.RecordSanctionDecision, OutreachGuards.AgreedWithPap)
            .Permit(Activated, OutreachState.JointMeeting)
            .PermitIf(ReturnEarly, OutreachState.Returned, OutreachGuards.EarlyReturnReason);

        machine.Configure(OutreachState.JointMeeting)
            .OnEntryFrom(Activated, (c, _) => c.File.ActivatedAt = c.Now)
            .PermitIf(HoldJointMeeting, OutreachState.Returned, OutreachGuards.AllParticipants);

        machine.Configure(OutreachState.Returned)
            .OnEntryFrom(HoldJointMeeting, (c, data) =>
            {
                c.File.JointMeetingAt = c.Now;
                c.File.JointMeetingParticipants = data.Participants;
            })
            .OnEntryFrom(ReturnEarly, (c, data) => c.File.ReturnReason = data.Reason)
            .OnEntryFrom(CompleteTask, (c, _) => c.File.TaskCompletedAt = c.Now)
            .OnEntry(OutreachEffects.ReturnToPap);

        return machine;
    }
}
