using CaseFlow.Workflows.Cases.Referral;

namespace CaseFlow.Workflows.Customers;

/// <summary>
/// Which needs for action are health data (Art. 9 GDPR) and so need their own consent item before a provider sees them:
/// addiction (<see cref="SharedFields.AddictionNeeds"/>), psychological (<see cref="SharedFields.PsychologicalNeeds"/>) and
/// other health needs (<see cref="SharedFields.HealthNeeds"/>). The profile catalogue's "Veränderungen im Suchtverhalten",
/// "Ursachenklärung bei Verhaltensauffälligkeiten", "Abklärung gesundheitlicher Einschränkungen/Leistungsfähigkeit" and
/// "Gesundheit/Behinderung" are among them, and so is any free-text need naming such a matter (German or English).
/// </summary>
public static class HealthRelatedNeeds
{
    private static readonly string[] Addiction = ["sucht", "alkohol", "drogen", "abhängigkeit", "addict", "alcohol", "drug", "substance"];

    private static readonly string[] Psychological = ["psych", "verhaltensauff", "seelisch", "depress", "trauma", "mental"];

    private static readonly string[] Health =
        ["gesundheit", "krank", "behinderung", "medizin", "ärztlich", "therapie", "health", "disab", "illness", "medical"];

    /// <summary>The consent item a need requires, or null when consent to <see cref="SharedFields.ActionNeeds"/> covers it.</summary>
    public static string? ConsentItemOf(ActionNeed need)
    {
        var text = $"{need.KeyGroup} {need.Need}".ToLowerInvariant();
        if (Addiction.Any(text.Contains))
        {
            return SharedFields.AddictionNeeds;
        }

        if (Psychological.Any(text.Contains))
        {
            return SharedFields.PsychologicalNeeds;
        }

        return Health.Any(text.Contains) ? SharedFields.HealthNeeds : null;
    }

    public static bool IsHealthRelated(ActionNeed need) => ConsentItemOf(need) is not null;
}
