namespace CaseFlow.Workflows.Cases.Outreach;

/// <summary>The two hand-over forms (Vordrucke) of seed 003, by the names caseworkers know.</summary>
public static class OutreachForms
{
    /// <summary>Full hand-over: the case goes to the virtual employee VM-U25-aB.</summary>
    public const string FullHandover = "AB-Auftrag-Fallübergabe";

    /// <summary>Single task for a named aB-pAp, not through the queue.</summary>
    public const string SingleTask = "AB-Einzelauftrag";

    /// <summary>The form's canonical name, whatever its case; an unknown form names the allowed ones.</summary>
    public static string Parse(string field, string text) =>
        new[] { FullHandover, SingleTask }.FirstOrDefault(form => string.Equals(form, text.Trim(), StringComparison.OrdinalIgnoreCase))
        ?? throw new ActionInputException(field, $"Unbekannter Vordruck '{text}' für {field}. Erlaubt: {FullHandover}, {SingleTask}.");
}
