using CaseFlow.Workflows.Access;
using CaseFlow.Workflows.Cases.Forms;
using CaseFlow.Workflows.Cases.Lifecycle;
using CaseFlow.Workflows.Customers;
using CaseFlow.Workflows.Rules;
using static CaseFlow.Workflows.Cases.Bfm.BfmTriggers;

namespace CaseFlow.Workflows.Cases.Bfm;

/// <summary>
/// The bFM case lifecycle (seed 001, domain.md §3): referral by the IFK, intake by an FM,
/// assessment, plan, steering with reviews, and exit with a follow-up for the IFK.
/// </summary>
public sealed class BfmLifecycle : CaseLifecycle<BfmState, BfmContext>
{
    private static readonly LifecycleMachine<BfmState, BfmContext> Definition = DescribeMachine();
    private readonly EffectiveRules<BfmRuleSet> rules;

    public BfmLifecycle(EffectiveRules<BfmRuleSet> rules)
        : base(CaseKinds.Bfm, Definition, new HashSet<BfmState> { BfmState.Exited, BfmState.Returned, BfmState.Waived })
    {
        this.rules = rules;
        AddAction(Refer, Roles.Ifk, BfmForms.Refer, read => new ReferData(
            read.RequiredBool("consent"), read.OptionalString("exceptionJustification")));
        AddAction(Waive, Roles.Ifk, BfmForms.Waive, read => new ReasonData(read.RequiredReason()), CaseMessages.BfmWaived);
        AddAction(Accept, Roles.Fm, BfmForms.Accept, read => new AcceptData(
            read.RequiredBool("workingAlliance"), read.OptionalBool("ifkStaysSecondary") ?? false));
        AddAction(Reject, Roles.Fm, BfmForms.Reject, read => new ReasonData(read.RequiredReason()));
        AddAction(CompleteAssessment, Roles.Fm, BfmForms.CompleteAssessment, _ => NoPayload.Instance);
        AddAction(AgreePlan, Roles.Fm, BfmForms.AgreePlan, read => new PlanData(
            read.RequiredEnum<PlanType>("planType"), read.RequiredDate("nextReviewDue"))
        {
            Strengths = read.StringList("strengths", PlanLimits.MaxItems),
            Obstacles = read.StringList("obstacles", PlanLimits.MaxItems),
            Goals = read.StringList("goals", PlanLimits.MaxItems),
            GoalLinks = read.StringList("goalLinks", PlanLimits.MaxItems),
            Steps = read.StringList("steps", PlanLimits.MaxItems),
            AgreedWithCustomer = read.RequiredBool("agreedWithCustomer"),
            ExtensionJustification = read.OptionalString("extensionJustification"),
        });
        AddAction(Review, Roles.Fm, BfmForms.Review, read => new ReviewData(
            read.OptionalDate("nextReviewDue"), read.OptionalString("extensionJustification"))
        {
            Prognosis = read.RequiredEnum<Prognosis>("prognosis"),
            PrognosisReasons = read.RequiredString("prognosisReasons"),
        });
        AddAction(RevisePlan, Roles.Fm, BfmForms.RevisePlan, _ => NoPayload.Instance);
        AddAction(Exit, Roles.Fm, BfmForms.Exit, read => new ExitData(read.ReasonEnum<ExitReason>(), read.RequiredEnum<ProfileCode>("finalProfile"))
        {
            ClosingPlan = read.RequiredString("closingPlan"),
        });
    }

    public override string CreatorRole => Roles.Ifk;

    protected override void AttachFile(Case @case) => @case.Bfm = new BfmDetails();

    protected override IReadOnlyList<FieldValue> DescribeFile(BfmContext context) => BfmFileWords.Describe(context);

    protected override BfmContext CreateContext(CaseScene scene) =>
        new(scene, rules.At(scene.Today));

    /// <summary>The agreed next review of the Kooperationsplan.</summary>
    protected override CaseDue? NextDue(BfmContext context) =>
        context.File.NextReviewDue is { } review ? new CaseDue(review, CaseDues.Review) : null;

    /// <summary>Describes the machine once; per action Stateless builds it over the case and fires (see <see cref="LifecycleMachine{TState,TContext}"/>).</summary>
    private static LifecycleMachine<BfmState, BfmContext> DescribeMachine()
    {
        var machine = new LifecycleMachine<BfmState, BfmContext>(
            BfmState.Draft, c => StateOf(c.Case), (c, state) => SetState(c.Case, state));

        machine.Configure(BfmState.Draft)
            .PermitIf(Refer, BfmState.Referred, BfmGuards.ReferCriteria)
            .PermitIf(Waive, BfmState.Waived, BfmGuards.WaiveCriteria);

        machine.Configure(BfmState.Referred)
            .OnEntryFrom(Refer, (c, data) =>
            {
                c.File.ReferredAt = c.Now;
                c.File.ConsentRecordedAt = c.Now;
                c.File.ExceptionJustification = data.ExceptionJustification;
            })
            .PermitIf(Accept, BfmState.Assessment, BfmGuards.WorkingAlliance)
            .Permit(Reject, BfmState.Returned);

        machine.Configure(BfmState.Active)
            .OnEntryFrom(Accept, (c, data) =>
            {
                c.File.AcceptedAt = c.Now;
                c.Case.MainCaseworker = c.Actor.UserName;
                c.Case.SecondaryCaseworker = c.Customer.NeedsIfkAsSecondary || data.IfkStaysSecondary
                    ? c.Case.ReferringCaseworker
                    : null;
            })
            .PermitIf(Exit, BfmState.Exited, BfmGuards.MaximumDurationReached);

        machine.Configure(BfmState.Assessment)
            .SubstateOf(BfmState.Active)
            .Permit(CompleteAssessment, BfmState.Planning);

        machine.Configure(BfmState.Planning)
            .SubstateOf(BfmState.Active)
            .PermitIf(AgreePlan, BfmState.Steering, BfmGuards.ReviewWithinInterval, BfmGuards.AgreedWithCustomer, BfmGuards.GoalLinksActive,
                BfmGuards.KooperationsplanFromCutoff, BfmGuards.PlanChangeJustified);

        machine.Configure(BfmState.Steering)
            .SubstateOf(BfmState.Active)
            .OnEntryFrom(AgreePlan, (c, data) =>
            {
                c.File.PlanType = data.PlanType;
                c.File.PlanAgreedAt = c.Now;
                c.File.NextReviewDue = data.NextReviewDue;
                c.File.Strengths = data.Strengths;
                c.File.Obstacles = data.Obstacles;
                c.File.Goals = data.Goals;
                c.File.GoalLinks = data.GoalLinks;
                c.File.Steps = data.Steps;
                if (data.ExtensionJustification is not null)
                {
                    c.File.ExtensionJustification = data.ExtensionJustification;
                }
            })
            .InternalTransitionIf(Review, RecordReview, BfmGuards.PrognosisGiven, BfmGuards.NextReviewWithinInterval, BfmGuards.ExtensionJustified)
            .Permit(RevisePlan, BfmState.Planning);

        machine.Configure(BfmState.Returned);
        machine.Configure(BfmState.Waived);
        machine.Configure(BfmState.Exited)
            .OnEntryFrom(Exit, (c, data) =>
            {
                c.File.ExitReason = data.Reason;
                c.File.FinalProfile = data.FinalProfile;
                c.File.ClosingPlan = data.ClosingPlan;
                c.File.ExitedAt = c.Now;
                c.Customer.RecordFinalProfile(data.FinalProfile, c.Actor.UserName, c.Now);
                c.CustomerJournal.Add(new JournalEntry
                {
                    At = c.Now,
                    Actor = c.Actor.UserName,
                    SubjectType = "customer",
                    SubjectId = c.Customer.Id,
                    Action = "profile.final",
                    Reason = "Abschlussprofil aus dem bFM-Fallabgang",
                    Data = $"{{\"profile\":\"{data.FinalProfile}\",\"caseId\":\"{c.Case.Id}\"}}",
                });
                c.FollowUps.Add(new FollowUp
                {
                    CaseId = c.Case.Id,
                    CustomerId = c.Case.CustomerId,
                    Assignee = c.Case.ReferringCaseworker,
                    DueAt = c.Calendar.AddDays(c.Now, c.Rules.FollowUpDueDays),
                    Reason = $"Wiedervorlage nach Fallabgang aus dem bFM (Grund: {data.Reason}, Abschlussprofil {data.FinalProfile}).",
                    CreatedAt = c.Now,
                    CreatedBy = c.Actor.UserName,
                });
            });

        return machine;
    }

    private static void RecordReview(BfmContext c, ReviewData data)
    {
        c.File.LastReviewAt = c.Now;
        c.File.ReviewCount++;
        c.File.NextReviewDue = data.NextReviewDue ?? c.LatestReviewDate;
        c.File.Prognosis = data.Prognosis;
        c.File.PrognosisReasons = data.PrognosisReasons;
        if (data.ExtensionJustification is not null)
        {
            c.File.ExtensionJustification = data.ExtensionJustification;
        }
    }
}
