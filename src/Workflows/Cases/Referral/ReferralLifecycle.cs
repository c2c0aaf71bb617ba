using CaseFlow.Workflows.Access;
using CaseFlow.Workflows.Cases.Forms;
using CaseFlow.Workflows.Cases.Lifecycle;
using CaseFlow.Workflows.Customers;
using CaseFlow.Workflows.Rules;
using static CaseFlow.Workflows.Cases.Referral.ReferralTriggers;

namespace CaseFlow.Workflows.Cases.Referral;

/// <summary>
/// The referral lifecycle (delegation to a third-party provider, seed 002, domain.md §5): the FM refers a
/// customer who takes part voluntarily, the provider confirms or declines, reports progress, and case
/// conferences decide whether the delegation continues. The FM keeps overall responsibility (main caseworker).
/// The provider answers through the provider API; the FM may record its answers on its behalf. What the provider
/// sees is limited by its cooperation agreement and the customer's consent (<c>record-consent</c>).
/// </summary>
public sealed class ReferralLifecycle : CaseLifecycle<ReferralState, ReferralContext>
{
    private static readonly LifecycleMachine<ReferralState, ReferralContext> Definition = DescribeMachine();
    /// <summary>The provider answers through the provider API; the FM may record an answer on its behalf (e.g. by phone).</summary>
    private static readonly IReadOnlyList<string> ProviderOrFm = [Roles.Provider, Roles.Fm];

    private readonly EffectiveRules<ReferralRuleSet> rules;

    public ReferralLifecycle(EffectiveRules<ReferralRuleSet> rules)
        : base(CaseKinds.Referral, Definition, new HashSet<ReferralState> { ReferralState.Declined, ReferralState.Ended })
    {
        this.rules = rules;
        AddAction(Refer, Roles.Fm, ReferralForms.Refer, read => new ReferralData(
            read.RequiredString("provider"),
            read.RequiredString("targetGroup"),
            read.RequiredBool("voluntary"),
            read.OptionalBool("sanctionBacked") ?? false,
            KnownFields(read, "consentedFields")));
        AddAction(ProviderConfirm, ProviderOrFm, ReferralForms.ProviderConfirm, _ => NoPayload.Instance, CaseMessages.HandoverConfirmed);
        AddAction(ProviderDecline, ProviderOrFm, ReferralForms.ProviderDecline, read => new ReferralReasonData(read.RequiredReason()), CaseMessages.HandoverDeclined);
        AddAction(Report, ProviderOrFm, ReferralForms.Report, read => new ProviderReportData(
            read.RequiredString("summary"),
            read.RequiredEnum<Attendance>("attendance"),
            read.OptionalString("nextSteps")), CaseMessages.ProviderReportReceived);
        AddAction(CaseConference, Roles.Fm, ReferralForms.CaseConference, read => new ConferenceData(
            read.RequiredEnum<ConferenceDecision>("decision"),
            read.OptionalDate("nextConferenceDue"),
            read.OptionalReason()));
        AddAction(End, Roles.Fm, ReferralForms.End, read => new ReferralReasonData(read.RequiredReason()));
        AddAction(RecordConsent, Roles.Fm, ReferralForms.RecordConsent, read => new ConsentData(KnownFields(read, "consentedFields")));
    }

    public override string CreatorRole => Roles.Fm;

    /// <summary>A customer may have several referrals at once, one running per provider (guard <c>providerFree</c> at <c>refer</c>).</summary>
    public override bool OneOpenPerCustomer => false;

    protected override void AttachFile(Case @case) => @case.Referral = new ReferralDetails();

    protected override IReadOnlyList<FieldValue> DescribeFile(ReferralContext context) => ReferralFileWords.Describe(context);

    protected override ReferralContext CreateContext(CaseScene scene) =>
        new(scene, rules.At(scene.Today));

    /// <summary>The provider's next report or the next case conference, whichever comes first.</summary>
    protected override CaseDue? NextDue(ReferralContext context) => CaseDue.Earliest(
        context.File.NextReportDue is { } report ? new CaseDue(report, CaseDues.Report) : null,
        context.File.NextConferenceDue is { } conference ? new CaseDue(conference, CaseDues.Conference) : null);

    /// <summary>Describes the machine once; per action Stateless builds it over the case and fires (see <see cref="LifecycleMachine{TState,TContext}"/>).</summary>
    private static LifecycleMachine<ReferralState, ReferralContext> DescribeMachine()
    {
        var machine = new LifecycleMachine<ReferralState, ReferralContext>(
            ReferralState.Draft, c => StateOf(c.Case), (c, state) => SetState(c.Case, state));

        machine.Configure(ReferralState.Draft)
            .PermitIf(
                Refer,
                ReferralState.AwaitingProvider,
                ReferralGuards.TargetGroup,
                ReferralGuards.ProviderRegistered,
                ReferralGuards.ProviderTakesTargetGroup,
                ReferralGuards.ProviderFree,
                ReferralGuards.Voluntary,
                ReferralGuards.NoSanction);

        machine.Configure(ReferralState.AwaitingProvider)
            .OnEntryFrom(Refer, (c, data) =>
            {
                c.File.Provider = data.Provider;
                c.File.TargetGroup = c.CanonicalTargetGroup(data.TargetGroup);
                c.File.Voluntary = data.Voluntary;
                c.File.ReferredAt = c.Now;
                RecordConsentGiven(c, new ConsentData(data.ConsentedFields));
            })
            .InternalTransition(RecordConsent, RecordConsentGiven)
            .PermitIf(ProviderConfirm, ReferralState.Active, ReferralGuards.OwnProvider<NoPayload>())
            .PermitIf(ProviderDecline, ReferralState.Declined, ReferralGuards.OwnProvider<ReferralReasonData>());

        // The internal "continue" comes first: when both branches miss one guard, its reasons are reported.
        machine.Configure(ReferralState.Active)
            .OnEntryFrom(ProviderConfirm, (c, _) =>
            {
                c.File.ConfirmedAt = c.Now;
                c.File.NextReportDue = c.NextReportDue;
                c.File.NextConferenceDue = c.LatestConferenceDate;
            })
            .InternalTransitionIf(CaseConference, ContinueAfterConference, ReferralGuards.DecidesToContinue, ReferralGuards.NextConferenceWithinInterval)
            .PermitIf(CaseConference, ReferralState.Ended, ReferralGuards.DecidesToEnd)
            .InternalTransitionIf(Report, RecordReport, ReferralGuards.OwnProvider<ProviderReportData>())
            .InternalTransition(RecordConsent, RecordConsentGiven)
            .Permit(End, ReferralState.Ended);

        machine.Configure(ReferralState.Declined)
            .OnEntryFrom(ProviderDecline, (c, data) =>
            {
                c.File.DeclinedAt = c.Now;
                c.File.DeclinedReason = data.Reason;
            });

        machine.Configure(ReferralState.Ended)
            .OnEntryFrom(CaseConference, (c, data) =>
            {
                RecordConference(c);
                c.File.EndReason = data.Reason ?? "Fallkonferenz: Betreuung beim Träger beendet.";
            })
            .OnEntryFrom(End, (c, data) => c.File.EndReason = data.Reason)
            .OnEntry((c, _) =>
            {
                c.File.EndedAt = c.Now;
                c.File.NextConferenceDue = null;
                c.File.NextReportDue = null;
            });

        return machine;
    }

    private static void ContinueAfterConference(ReferralContext c, ConferenceData data)
    {
        RecordConference(c);
        c.File.NextConferenceDue = data.NextConferenceDue ?? c.LatestConferenceDate;
    }

    private static void RecordConference(ReferralContext c)
    {
        c.File.ConferenceCount++;
        c.File.LastConferenceAt = c.Now;
    }

    private static void RecordReport(ReferralContext c, ProviderReportData data)
    {
        c.File.ReportCount++;
        c.File.LastReportAt = c.Now;
        c.File.LastReportSummary = data.Summary;
        c.File.LastReportAttendance = data.Attendance;
        c.File.LastReportNextSteps = data.NextSteps;
        c.File.NextReportDue = c.NextReportDue;
    }

    private static void RecordConsentGiven(ReferralContext c, ConsentData data)
    {
        c.File.ConsentedFields = data.Fields;
        c.File.ConsentRecordedAt = c.Now;
    }

    /// <summary>A list of shared-field names (<see cref="SharedFields"/>); an unknown name is refused with the catalogue.</summary>
    private static IReadOnlyList<string> KnownFields(Forms.FormReader read, string name)
    {
        var fields = read.Choices(name);
        return SharedFields.Unknown(fields) is { Count: > 0 } unknown
            ? throw new ActionInputException(
                $"data.{name}",
                $"Unbekannte Felder in data.{name}: {string.Join(", ", unknown)}. Erlaubt: {string.Join(", ", SharedFields.All)}.")
            : fields;
    }
}
