namespace CaseFlow.Workflows.Texts;

/// <summary>
/// The documented limits of every free text CaseFlow takes (docs/hardening.md): each write route's text field names one
/// of these, and a longer text is a 400 naming the field and the limit.
/// </summary>
public static class TextLimits
{
    /// <summary>A reason or justification (journal reason, exception justification, decline reason): 2,000 characters.</summary>
    public const int Reason = 2000;

    /// <summary>A note or a report text (contact note, follow-up note, goal description, provider report): 4,000 characters.</summary>
    public const int Note = 4000;

    /// <summary>A name, label or reference (customer name, provider name, API key label, agreement reference): 200 characters.</summary>
    public const int Name = 200;

    /// <summary>A key, code or value of a closed list (case kind, enum value, element id, customer number): 100 characters.</summary>
    public const int Code = 100;
}
