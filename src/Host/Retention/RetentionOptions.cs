using CaseFlow.Workflows.Cases;

namespace CaseFlow.Host.Retention;

/// <summary>
/// The <c>Retention</c> section: how many years after its exit a closed case's personal data is kept, per case kind
/// (<see cref="DefaultYears"/> for a kind not named), when the daily job runs and whether it runs at all. Checked at
/// start (<see cref="Validate"/>): a bad value stops the host.
/// </summary>
public sealed class RetentionOptions
{
    /// <summary>Seed 001: FM data (bFM and referral files) is kept at least 5 years after the exit.</summary>
    public const int FmMinimumYears = 5;

    public const int MaxYears = 30;

    /// <summary>Whether the daily job runs (the report and the manual run work either way).</summary>
    public bool Enabled { get; set; } = true;

    public int DefaultYears { get; set; } = 5;

    /// <summary>Years per case kind (<c>bfm</c>, <c>outreach</c>, <c>referral</c>); a kind not named keeps <see cref="DefaultYears"/>.</summary>
    public Dictionary<string, int> Years { get; set; } = new(StringComparer.Ordinal);

    /// <summary>The local time (Jobcenter calendar) from which the day's run starts.</summary>
    public TimeOnly RunAt { get; set; } = new(2, 0);

    /// <summary>How often the job looks whether the day's run is due.</summary>
    public TimeSpan CheckInterval { get; set; } = TimeSpan.FromMinutes(5);

    public static readonly IReadOnlyList<string> Kinds = [CaseKinds.Bfm, CaseKinds.Outreach, CaseKinds.Referral];

    private static readonly HashSet<string> FmKinds = [CaseKinds.Bfm, CaseKinds.Referral];

    public int YearsFor(string kind) => Years.TryGetValue(kind, out var years) ? years : DefaultYears;

    /// <summary>The periods every kind gets, by kind.</summary>
    public IReadOnlyDictionary<string, int> Periods => Kinds.ToDictionary(kind => kind, YearsFor, StringComparer.Ordinal);

    /// <summary>The problems of this configuration, in words; empty when it is valid.</summary>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        if (DefaultYears is < 1 or > MaxYears)
        {
            problems.Add($"Retention:DefaultYears must be between 1 and {MaxYears} (is {DefaultYears}).");
        }

        foreach (var (kind, years) in Years)
        {
            if (!Kinds.Contains(kind))
            {
                problems.Add($"Retention:Years:{kind} names no case kind (known: {string.Join(", ", Kinds)}).");
            }
            else if (years is < 1 or > MaxYears)
            {
                problems.Add($"Retention:Years:{kind} must be between 1 and {MaxYears} (is {years}).");
            }
        }

        foreach (var kind in FmKinds.Order(StringComparer.Ordinal).Where(kind => YearsFor(kind) < FmMinimumYears))
        {
            problems.Add($"Retention:Years:{kind} is FM data, kept at least {FmMinimumYears} years after the exit (seed 001); is {YearsFor(kind)}.");
        }

        if (CheckInterval < TimeSpan.FromSeconds(1) || CheckInterval > TimeSpan.FromDays(1))
        {
            problems.Add("Retention:CheckInterval must be between 00:00:01 and 1.00:00:00.");
        }

        return problems;
    }
}
