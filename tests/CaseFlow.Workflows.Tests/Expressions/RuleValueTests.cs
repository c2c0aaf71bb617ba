using System.Text.Json.Nodes;
using CaseFlow.Workflows.Expressions;
using CaseFlow.Workflows.Rules;
using CaseFlow.Workflows.Tests.Calendars;

namespace CaseFlow.Workflows.Tests.Expressions;

public sealed class RuleValueTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);

    private static ExpressionScope Scope(RuleSets rules) => new(
        new Dictionary<string, JsonNode?>
        {
            ["case"] = new JsonObject { ["bfm"] = new JsonObject { ["acceptedAt"] = "2026-11-02T09:00:00.0000000Z" } },
            ["rules"] = RuleValues.Of(rules),
        },
        Now,
        Berlin.Calendar);

    [Theory]
    [InlineData("rules.bfm.maxDuration", ExpressionType.Duration)]
    [InlineData("rules.bfm.reviewInterval", ExpressionType.Duration)]
    [InlineData("rules.outreach.activationPeriod", ExpressionType.Duration)]
    [InlineData("rules.referral.reportInterval", ExpressionType.Duration)]
    [InlineData("rules.outreach.maximumAge", ExpressionType.Number)]
    [InlineData("rules.outreach.queue", ExpressionType.String)]
    [InlineData("rules.referral.targetGroups", ExpressionType.List)]
    [InlineData("date(case.bfm.acceptedAt) + rules.bfm.maxDuration", ExpressionType.Date)]
    [InlineData("today() - date(vars.start) > rules.referral.reportInterval", ExpressionType.Boolean)]
    [InlineData("case.customer.age < rules.outreach.maximumAge", ExpressionType.Boolean)]
    public void Rule_paths_are_typed_when_parsed(string text, ExpressionType type)
    {
        Assert.Equal(type, Expression.Parse(text).Type);
    }

    [Theory]
    [InlineData("rules.bfm.maximumDuration", "Unbekannter Regelwert 'rules.bfm.maximumDuration' (unknown rule value), bekannt sind rules.bfm.reviewInterval, rules.bfm.maxDuration")]
    [InlineData("rules.x", "unknown rule value")]
    [InlineData("rules.bfm", "unknown rule value")]
    [InlineData("date(case.bfm.acceptedAt) + rules.bfm.maxDays", "rules.bfm.maxDays")]
    public void An_unknown_rule_path_is_refused_at_parse_time_with_the_known_ones(string text, string fragment)
    {
        var error = Assert.Throws<ExpressionException>(() => Expression.Parse(text));

        Assert.Contains(fragment, error.Message);
    }

    [Fact]
    public void A_rule_duration_is_a_duration_when_evaluated()
    {
        var value = Expression.Parse("rules.bfm.maxDuration").Evaluate(Scope(RuleSets.Defaults));

        Assert.Equal(new IsoDuration(0, 24, 0, TimeSpan.Zero), value);
    }

    [Theory]
    [InlineData("2026-10-01", true)]
    [InlineData("2026-10-20", false)]
    public void A_day_count_compares_with_a_rule_interval_in_days(string start, bool overdue)
    {
        var scope = new ExpressionScope(
            new Dictionary<string, JsonNode?> { ["vars"] = new JsonObject { ["start"] = start }, ["rules"] = RuleValues.Of(RuleSets.Defaults) }, Now, Berlin.Calendar);

        Assert.Equal(overdue, Expression.Parse("today() - date(vars.start) > rules.referral.reportInterval").IsTrue(scope));
    }

    [Fact]
    public void Acceptance_plus_the_maximum_duration_follows_the_rule_set()
    {
        var expression = Expression.Parse("date(case.bfm.acceptedAt) + rules.bfm.maxDuration");
        var shorter = RuleSets.Defaults with { Bfm = new BfmRuleSet { MaximumDurationMonths = 18 } };

        Assert.Equal(new DateOnly(2028, 11, 2), expression.Evaluate(Scope(RuleSets.Defaults)));
        Assert.Equal(new DateOnly(2028, 5, 2), expression.Evaluate(Scope(shorter)));
    }

    [Fact]
    public void The_changes_between_two_rule_sets_name_each_changed_value_from_old_to_new()
    {
        var changed = RuleSets.Defaults with
        {
            Bfm = new BfmRuleSet { MaximumDurationMonths = 18 },
            Referral = new ReferralRuleSet { ReportIntervalDays = 14 },
        };

        Assert.Equal(
            ["rules.bfm.maxDuration P24M → P18M", "rules.referral.reportInterval P30D → P14D"],
            RuleValues.Changes(RuleSets.Defaults, changed));
        Assert.Empty(RuleValues.Changes(RuleSets.Defaults, RuleSets.Defaults with { }));
    }

    [Fact]
    public void An_expression_names_the_roots_it_reads()
    {
        Assert.Equal(["case", "rules"], Expression.Parse("date(case.bfm.acceptedAt) + rules.bfm.maxDuration").Roots.Order());
        Assert.Equal(["vars"], Expression.Parse("count(vars.list) > 1").Roots);
    }
}
