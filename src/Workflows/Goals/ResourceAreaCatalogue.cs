using System.Text.RegularExpressions;

namespace CaseFlow.Workflows.Goals;

/// <summary>
/// The configured catalogue of resource areas (fa:z: nine holistic areas, only one strengthened at a time). Seed 000 says
/// there are nine but does not name them; <see cref="Defaults"/> is CaseFlow's documented choice, configuration may rename
/// or replace them (<c>Goals:ResourceAreas</c>).
/// </summary>
public sealed partial class ResourceAreaCatalogue
{
    /// <summary>The nine default areas (German names; English in EnglishTerms.Goals).</summary>
    public static readonly IReadOnlyList<ResourceArea> Defaults =
    [
        new("health", "Gesundheit"),
        new("housing", "Wohnen"),
        new("finances", "Finanzen und Schulden"),
        new("family", "Familie und Betreuung von Angehörigen"),
        new("social-network", "Soziales Umfeld"),
        new("education", "Bildung, Sprache und Qualifikation"),
        new("work-experience", "Berufserfahrung und Arbeitsmarktnähe"),
        new("personal-skills", "Persönliche Kompetenzen und Motivation"),
        new("mobility", "Mobilität"),
    ];

    private ResourceAreaCatalogue(IReadOnlyList<ResourceArea> areas) => Areas = areas;

    public IReadOnlyList<ResourceArea> Areas { get; }

    public IEnumerable<string> Ids => Areas.Select(area => area.Id);

    public static ResourceAreaCatalogue Default { get; } = new(Defaults);

    /// <summary>The area with the id (exact, ids are lower case), or null.</summary>
    public ResourceArea? Find(string? id) => Areas.FirstOrDefault(area => area.Id == id);

    /// <summary>
    /// A catalogue of the configured areas, or the defaults when none are configured. Ids must be unique, lower-case
    /// words joined by hyphens (up to 40 characters); names must be given (up to 100 characters).
    /// </summary>
    public static ResourceAreaCatalogue Of(IReadOnlyList<ResourceArea>? configured)
    {
        if (configured is null || configured.Count == 0)
        {
            return Default;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var area in configured)
        {
            if (area.Id is null || area.Id.Length > 40 || !IdPattern().IsMatch(area.Id))
            {
                throw new InvalidOperationException($"Goals:ResourceAreas: the id '{area.Id}' is not lower-case words joined by hyphens (up to 40 characters).");
            }

            if (string.IsNullOrWhiteSpace(area.Name) || area.Name.Trim().Length > 100)
            {
                throw new InvalidOperationException($"Goals:ResourceAreas: the area '{area.Id}' needs a name of up to 100 characters.");
            }

            if (!seen.Add(area.Id))
            {
                throw new InvalidOperationException($"Goals:ResourceAreas: the id '{area.Id}' appears twice.");
            }
        }

        return new ResourceAreaCatalogue([.. configured.Select(area => area with { Name = area.Name.Trim() })]);
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex IdPattern();
}
