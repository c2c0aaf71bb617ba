namespace CaseFlow.Host.Retention;

/// <summary>The placeholders the retention writes where personal data was (required columns; optional ones become null).</summary>
public static class Anonymised
{
    public const string Text = "[anonymisiert]";

    /// <summary>The shadow column cases and customers carry: when the retention anonymised the row (null: not yet).</summary>
    public const string MarkColumn = "AnonymisedAt";

    public const string Name = "Anonymisiert";

    /// <summary>The journal action of an anonymised case or customer (the line holds run id and counts, no personal data).</summary>
    public const string JournalAction = "retention.anonymised";

    /// <summary>The new customer number: not the old one (which other systems know), unique, and not derived from it.</summary>
    public static string CustomerNumber(Guid customerId) => $"ANON-{customerId:N}";
}
