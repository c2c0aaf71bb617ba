namespace CaseFlow.Workflows.Language;

internal static partial class EnglishTerms
{
    /// <summary>Profiles (Profillagen) and the profile catalogue (seed 001): key groups, obstacles, never influenceable facts.</summary>
    private static (string German, string English)[] Customers() =>
    [
        ("Marktprofil (MP)", "Market profile (MP)"),
        ("Aktivierungsprofil (AP)", "Activation profile (AP)"),
        ("Förderprofil (FP)", "Support profile (FP)"),
        ("Entwicklungsprofil (EP)", "Development profile (EP)"),
        ("Stabilisierungsprofil (SP)", "Stabilisation profile (SP)"),
        ("Unterstützungsprofil (UP)", "Assistance profile (UP)"),
        ("integriert (I)", "integrated (I)"),
        ("Zuordnung nicht erforderlich (Z)", "No profile needed (Z)"),
        ("Rahmenbedingungen", "Framework conditions"),
        ("Leistungsfähigkeit", "Capability"),
        ("Schuldenabbau", "Reducing debts"),
        ("Beseitigung von Obdachlosigkeit", "Ending homelessness"),
        ("Aufbau und Verbesserung im Sozialverhalten (soziale Kontakte)", "Building and improving social behaviour (social contacts)"),
        ("Schaffung einer Tagesstruktur", "Creating a daily structure"),
        ("Verbesserung der Sprachkenntnisse", "Improving language skills"),
        ("Verbesserung des Erscheinungsbildes", "Improving appearance"),
        ("Veränderungen im Suchtverhalten", "Changes in addictive behaviour"),
        ("Beseitigung von Analphabetismus", "Ending illiteracy"),
        ("Abklärung gesundheitlicher Einschränkungen/Leistungsfähigkeit", "Clarifying health restrictions/capability"),
        ("Ursachenklärung bei Verhaltensauffälligkeiten", "Clarifying the causes of behavioural problems"),
        ("Gesundheit/Behinderung", "Health/disability"),
        ("Intellektuelle Leistungsfähigkeit", "Intellectual capacity"),
        ("Geschlecht", "Gender"),
        ("Nationalität", "Nationality"),
        ("Berufsrückkehrer", "Returning to work"),
        ("Vorstrafen", "Criminal record"),
        ("Langzeitarbeitslosigkeit", "Long-term unemployment"),
        ("familiäre Bindungen (bedingt)", "family ties (partly)"),
        ("fehlende Mobilität (bedingt)", "lack of mobility (partly)"),
    ];
}
