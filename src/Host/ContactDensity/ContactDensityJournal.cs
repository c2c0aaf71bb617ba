using System.Globalization;
using System.Text.Json;
using CaseFlow.Workflows.Access;
using CaseFlow.Workflows.Cases;
using CaseFlow.Workflows.Rules.ContactDensity;

namespace CaseFlow.Host.ContactDensity;

/// <summary>The journal line of a new contact-density version: who, when, why, and which cells changed.</summary>
internal static class ContactDensityJournal
{
    /// <summary>The journal's subject type for rule-set versions.</summary>
    public const string Subject = "rules";

    public const string Action = "contact-density.version";

    public static JournalEntry VersionAdded(ContactDensityVersion version, Actor actor, IReadOnlyList<ContactDensityCell> changed) => new()
    {
        At = version.CreatedAt,
        Actor = actor.UserName,
        SubjectType = Subject,
        SubjectId = version.Id,
        Action = ContactDensityJournal.Action,
        Reason = version.Reason,
        ToState = $"v{version.Number}",
        Data = JsonSerializer.Serialize(new
        {
            version = version.Number,
            effectiveFrom = version.EffectiveFrom.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            changedCells = changed.Select(cell => new { cell = ContactDensityTable.CellName((cell.AgeGroup, cell.Unemployed, cell.Profile)), rhythm = cell.Rhythm.ToString() }),
        }),
    };
}
