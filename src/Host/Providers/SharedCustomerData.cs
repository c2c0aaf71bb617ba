using System.Text.Json.Serialization;

namespace CaseFlow.Host.Providers;

/// <summary>
/// The customer data a provider sees for one hand-over: only the fields its cooperation agreement names and the
/// customer consented to share (see <c>sharedFields</c>); every other field is left out of the JSON.
/// </summary>
public sealed record SharedCustomerData
{
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? CustomerNumber { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public DateOnly? BirthDate { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? Age { get; init; }

    /// <summary>Profillage (4-Phasen-Modell), e.g. <c>EP</c>.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Profile { get; init; }

    /// <summary>Handlungsbedarfe: key group and need, e.g. Rahmenbedingungen / Schuldenabbau.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<SharedActionNeed>? ActionNeeds { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? SeverelyDisabled { get; init; }

    /// <summary>Zielgruppe of the delegated case management.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? TargetGroup { get; init; }

    /// <summary>The Jobcenter FM responsible for the customer, the provider's contact.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? CaseManager { get; init; }
}
