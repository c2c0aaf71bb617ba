namespace CaseFlow.Host.ContactDensity;

/// <summary>
/// One version of the contact-density rule set as stored: the whole table (JSON, <see cref="ContactDensityCells"/>), the
/// day it takes effect, and who created it when and why. Versions are never changed or deleted.
/// </summary>
public sealed class ContactDensityVersion
{
    public Guid Id { get; init; } = Guid.NewGuid();

    /// <summary>1, 2, 3, … in the order the versions were created (unique).</summary>
    public required int Number { get; init; }

    public required DateOnly EffectiveFrom { get; init; }

    /// <summary>The cells as JSON (<see cref="ContactDensityCells.Write"/>).</summary>
    public required string Cells { get; init; }

    public required DateTime CreatedAt { get; init; }

    public required string CreatedBy { get; init; }

    /// <summary>Why the process owner changed the rule set; typed text.</summary>
    public required string Reason { get; init; }
}
