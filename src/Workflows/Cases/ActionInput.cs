using System.Text.Json;

namespace CaseFlow.Workflows.Cases;

/// <summary>What a caller sends with an action: a reason, a free note and the action's data.</summary>
public sealed record ActionInput(string? Reason, string? Note, JsonElement? Data)
{
    public static readonly ActionInput Empty = new(null, null, null);

    public DataReader Read => new(Data);

    /// <summary>The reason, which this action requires.</summary>
    public string RequiredReason() =>
        Texts.FreeText.IsBlank(Reason)
            ? throw new ActionInputException(
                "reason", "Eine Begründung (reason) ist für diese Aktion erforderlich; nur Leerzeichen oder unsichtbare Zeichen zählen nicht.")
            : Reason!.Trim();
}
