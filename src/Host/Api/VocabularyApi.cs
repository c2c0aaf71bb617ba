using CaseFlow.Host.Cases;
using CaseFlow.Workflows.Access;
using CaseFlow.Workflows.Cases;
using CaseFlow.Workflows.Cases.Bfm;
using CaseFlow.Workflows.Cases.Forms;
using CaseFlow.Workflows.Cases.Referral;
using CaseFlow.Workflows.Contacts;
using CaseFlow.Workflows.Customers;
using CaseFlow.Workflows.Language;
using CaseFlow.Workflows.Rules.ContactDensity;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CaseFlow.Host.Api;

/// <summary>
/// CaseFlow's vocabulary with labels in the request's language (German by default, English for <c>Accept-Language: en</c>), from the C# definitions, so the web app keeps no copies: roles, case kinds
/// with their states, exit reasons, profile codes, plan types, attendance, conference decisions, shareable fields, contact note types and channels,
/// kinds of contact-density suspensions.
/// </summary>
public static class VocabularyApi
{
    public sealed record CaseKindTerm(string Value, string Label, string CreatorRole, IReadOnlyList<FieldOption> States);

    public sealed record Vocabulary(
        IReadOnlyList<FieldOption> Roles,
        IReadOnlyList<CaseKindTerm> CaseKinds,
        IReadOnlyList<FieldOption> ExitReasons,
        IReadOnlyList<FieldOption> ProfileCodes,
        IReadOnlyList<FieldOption> PlanTypes,
        IReadOnlyList<FieldOption> Attendance,
        IReadOnlyList<FieldOption> ConferenceDecisions,
        IReadOnlyList<FieldOption> SharedFields,
        IReadOnlyList<FieldOption> NoteTypes,
        IReadOnlyList<FieldOption> ContactChannels,
        IReadOnlyList<FieldOption> ContactSuspensionKinds);

    public static IEndpointRouteBuilder MapVocabularyApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/vocabulary", Get).WithName("GetVocabulary").WithTags("Lifecycles (Fallarten)").RequireAuthorization()
            .WithSummary("The terms the web app shows, each value with its label (German; English for Accept-Language: en): roles, case kinds and states, exit reasons, profiles, plan types, shareable fields.");
        return endpoints;
    }

    private static Ok<Vocabulary> Get(CaseLifecycles lifecycles) => TypedResults.Ok(new Vocabulary(
        [.. Roles.All.Append(Roles.Provider).Select(role => new FieldOption(role, Terms.Say(Roles.GermanName(role))))],
        [.. lifecycles.Kinds.Order(StringComparer.Ordinal).Select(kind => lifecycles.Find(kind)!).Select(lifecycle => new CaseKindTerm(
            lifecycle.Kind,
            Terms.Say(CaseKinds.Label(lifecycle.Kind)),
            lifecycle.CreatorRole,
            [.. lifecycle.States.Select(state => new FieldOption(state, Terms.Say(lifecycle.StateLabel(state))))]))],
        Terms.Say(Labels.Options<ExitReason>()),
        Terms.Say(Labels.Options<ProfileCode>()),
        Terms.Say(Labels.Options<PlanType>()),
        Terms.Say(Labels.Options<Attendance>()),
        Terms.Say(Labels.Options<ConferenceDecision>()),
        Terms.Say(SharedFields.Options),
        ContactOptions<NoteType>(),
        ContactOptions<ContactChannel>(),
        [.. ContactSuspensions.Recordable.Select(kind => new FieldOption(kind.ToString(), Terms.Say(Labels.Of(kind))))]));

    /// <summary>Note types and channels with the values the contacts API takes (camelCase) and their labels.</summary>
    private static IReadOnlyList<FieldOption> ContactOptions<TEnum>()
        where TEnum : struct, Enum =>
        [.. Enum.GetValues<TEnum>().Select(value => new FieldOption(ContactValues.Of(value), Terms.Say(Labels.Of(value))))];
}
