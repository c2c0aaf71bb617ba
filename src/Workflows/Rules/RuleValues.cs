using System.Text.Json.Nodes;
using CaseFlow.Workflows.Expressions;

namespace CaseFlow.Workflows.Rules;

/// <summary>
/// The rule values expressions may read under the root <c>rules</c>, e.g. <c>rules.bfm.maxDuration</c>: each with its
/// type, so that an upload refuses an unknown <c>rules.x</c> and <c>date(case.bfm.acceptedAt) + rules.bfm.maxDuration</c>
/// checks as a date. Months and days of the rule sets are durations (<c>P24M</c>, <c>P7D</c>).
/// </summary>
public static class RuleValues
{
    public const string Root = "rules";

    private static readonly IReadOnlyList<RuleValue> All =
    [
        new("bfm.reviewInterval", ExpressionType.Duration, r => Months(r.Bfm.ReviewIntervalMonths)),
        new("bfm.maxDuration", ExpressionType.Duration, r => Months(r.Bfm.MaximumDurationMonths)),
        new("bfm.followUpDue", ExpressionType.Duration, r => Days(r.Bfm.FollowUpDueDays)),
        new("bfm.minimumInfluenceableNeeds", ExpressionType.Number, r => r.Bfm.MinimumInfluenceableNeeds),
        new("bfm.complexProfiles", ExpressionType.List, r => List(r.Bfm.ComplexProfiles.Select(p => p.ToString()))),
        new("bfm.countedKeyGroups", ExpressionType.List, r => List(r.Bfm.CountedKeyGroups)),
        new("outreach.maximumAge", ExpressionType.Number, r => r.Outreach.MaximumAge),
        new("outreach.activationPeriod", ExpressionType.Duration, r => Months(r.Outreach.ActivationMonths)),
        new("outreach.maximumExtension", ExpressionType.Duration, r => Months(r.Outreach.MaximumExtensionMonths)),
        new("outreach.followUpDue", ExpressionType.Duration, r => Days(r.Outreach.FollowUpDueDays)),
        new("outreach.queue", ExpressionType.String, r => r.Outreach.Queue),
        new("outreach.earlyReturnReasons", ExpressionType.List, r => List(r.Outreach.EarlyReturnReasons)),
        new("referral.conferenceInterval", ExpressionType.Duration, r => Months(r.Referral.ConferenceIntervalMonths)),
        new("referral.reportInterval", ExpressionType.Duration, r => Days(r.Referral.ReportIntervalDays)),
        new("referral.targetGroups", ExpressionType.List, r => List(r.Referral.TargetGroups)),
    ];

    /// <summary>Path below <c>rules</c> (e.g. <c>bfm.maxDuration</c>) -> its type.</summary>
    public static IReadOnlyDictionary<string, ExpressionType> Types { get; } =
        All.ToDictionary(value => value.Path, value => value.Type, StringComparer.Ordinal);

    /// <summary>The values as the JSON the <c>rules</c> root holds: durations as ISO text, which the expressions read as durations.</summary>
    public static JsonObject Of(RuleSets rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var root = new JsonObject();
        foreach (var value in All)
        {
            var (group, name) = Split(value.Path);
            if (root[group] is not JsonObject members)
            {
                members = [];
                root[group] = members;
            }

            members[name] = value.Read(rules);
        }

        return root;
    }

    /// <summary>What differs between two days' (or two configurations') rule values, e.g. <c>rules.bfm.maxDuration P24M → P18M</c>.</summary>
    public static IReadOnlyList<string> Changes(RuleSets before, RuleSets after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var changes = new List<string>();
        foreach (var value in All)
        {
            var (old, now) = (Text(value.Read(before)), Text(value.Read(after)));
            if (old != now)
            {
                changes.Add($"{Root}.{value.Path} {old} → {now}");
            }
        }

        return changes;
    }

    private static (string Group, string Name) Split(string path)
    {
        var dot = path.IndexOf('.', StringComparison.Ordinal);
        return (path[..dot], path[(dot + 1)..]);
    }

    private static string Text(JsonNode? node) => node switch
    {
        null => "null",
        JsonValue value when value.TryGetValue<string>(out var text) => text,
        _ => node.ToJsonString(),
    };

    private static JsonNode Months(int months) => new IsoDuration(0, months, 0, TimeSpan.Zero).ToString();

    private static JsonNode Days(int days) => new IsoDuration(0, 0, days, TimeSpan.Zero).ToString();

    private static JsonArray List(IEnumerable<string> items) => [.. items.Select(item => (JsonNode?)item)];

    private sealed record RuleValue(string Path, ExpressionType Type, Func<RuleSets, JsonNode?> Read);
}
