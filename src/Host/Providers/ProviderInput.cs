using System.Text.RegularExpressions;
using CaseFlow.Host.Refusals;
using CaseFlow.Workflows.Cases.Referral;
using CaseFlow.Workflows.Rules;

namespace CaseFlow.Host.Providers;

/// <summary>Checks and normalises the registry's input; every refusal names the field (<see cref="RefusalKind.Invalid"/>).</summary>
internal static partial class ProviderInput
{
    public const int MaxNameLength = 200;
    public const int MaxReferenceLength = 100;
    public const int MaxLabelLength = 100;

    public sealed record Details(string Name, string Kind, List<string> TargetGroups);

    public sealed record Agreement(List<string> SharedFields, int ReportIntervalDays, int ConferenceIntervalMonths, string? Reference);

    public static Refusal? CheckKey(string key) =>
        KeyPattern().IsMatch(key)
            ? null
            : Refusal.Invalid(
                "key",
                "Der Schlüssel (key) hat 3 bis 40 Zeichen: Kleinbuchstaben, Ziffern und Bindestriche, nicht am Anfang oder Ende (z. B. sb-nord).");

    public static (Details? Details, Refusal? Refusal) CheckDetails(
        string name, string kind, IReadOnlyList<string>? targetGroups, ReferralRuleSet rules)
    {
        var trimmed = name.Trim();
        if (trimmed.Length is 0 or > MaxNameLength)
        {
            return (null, Refusal.Invalid("name", $"Der Name (name) muss 1 bis {MaxNameLength} Zeichen lang sein."));
        }

        if (!ProviderKinds.IsKnown(kind))
        {
            return (null, Refusal.Invalid("kind", $"Die Art (kind) '{kind}' gibt es nicht. Möglich: {string.Join(", ", ProviderKinds.All)}."));
        }

        var groups = new List<string>();
        var given = targetGroups ?? [];
        for (var index = 0; index < given.Count; index++)
        {
            var field = $"targetGroups[{index}]";
            var group = given[index]?.Trim() ?? string.Empty;
            if (group.Length is 0 || group.Contains(','))
            {
                return (null, Refusal.Invalid(field, "Eine Zielgruppe (target group) darf weder leer sein noch ein Komma enthalten."));
            }

            if (rules.CanonicalTargetGroup(group) is not { } known)
            {
                return (null, Refusal.Invalid(
                    field,
                    $"Die Zielgruppe (target group) '{group}' ist nicht vorgesehen (Rules:Referral:TargetGroups). Zielgruppen: {string.Join(", ", rules.TargetGroups)}."));
            }

            group = known;

            if (!groups.Contains(group, StringComparer.OrdinalIgnoreCase))
            {
                groups.Add(group);
            }
        }

        return (new Details(trimmed, kind, groups), null);
    }

    /// <param name="prefix">Prefix of the field names in refusals (<c>agreement.</c> inside a provider).</param>
    public static (Agreement? Agreement, Refusal? Refusal) CheckAgreement(
        IReadOnlyList<string>? sharedFields, int reportIntervalDays, int conferenceIntervalMonths, string? reference, string prefix)
    {
        var fields = new List<string>();
        var given = sharedFields ?? [];
        for (var index = 0; index < given.Count; index++)
        {
            var field = given[index];
            if (field is null || !SharedFields.IsKnown(field))
            {
                return (null, Refusal.Invalid(
                    $"{prefix}sharedFields[{index}]",
                    $"Das Feld '{field}' kann eine Kooperationsvereinbarung nicht freigeben (unknown shared field). Möglich: {string.Join(", ", SharedFields.All)}."));
            }

            if (!fields.Contains(field))
            {
                fields.Add(field);
            }
        }

        if (reportIntervalDays is < ProviderRules.MinReportIntervalDays or > ProviderRules.MaxReportIntervalDays)
        {
            return (null, Refusal.Invalid(
                $"{prefix}reportIntervalDays",
                $"Das Berichtsintervall (reportIntervalDays) liegt zwischen {ProviderRules.MinReportIntervalDays} und {ProviderRules.MaxReportIntervalDays} Tagen."));
        }

        if (conferenceIntervalMonths is < ProviderRules.MinConferenceIntervalMonths or > ProviderRules.MaxConferenceIntervalMonths)
        {
            return (null, Refusal.Invalid(
                $"{prefix}conferenceIntervalMonths",
                $"Der Fallkonferenz-Rhythmus (conferenceIntervalMonths) liegt zwischen {ProviderRules.MinConferenceIntervalMonths} und {ProviderRules.MaxConferenceIntervalMonths} Monaten."));
        }

        var trimmed = string.IsNullOrWhiteSpace(reference) ? null : reference.Trim();
        if (trimmed is { Length: > MaxReferenceLength })
        {
            return (null, Refusal.Invalid($"{prefix}reference", $"Das Aktenzeichen (reference) hat höchstens {MaxReferenceLength} Zeichen."));
        }

        return (new Agreement(fields, reportIntervalDays, conferenceIntervalMonths, trimmed), null);
    }

    public static (string? Label, Refusal? Refusal) CheckLabel(string label)
    {
        var trimmed = label.Trim();
        return trimmed.Length is 0 or > MaxLabelLength
            ? (null, Refusal.Invalid("label", $"Die Bezeichnung (label) des Schlüssels muss 1 bis {MaxLabelLength} Zeichen lang sein."))
            : (trimmed, null);
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{1,38}[a-z0-9]$")]
    private static partial Regex KeyPattern();
}
