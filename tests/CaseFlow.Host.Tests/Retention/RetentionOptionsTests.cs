using CaseFlow.Host.Retention;
using CaseFlow.Host.Tests.Infrastructure;

namespace CaseFlow.Host.Tests.Retention;

/// <summary>The retention rule set: 5 years for every kind by default; negative, absurd, unknown or too short values stop the host.</summary>
public sealed class RetentionOptionsTests
{
    [Fact]
    public void Every_kind_keeps_five_years_by_default_and_the_defaults_are_valid()
    {
        var options = new RetentionOptions();

        Assert.Equal(["bfm=5", "outreach=5", "referral=5"], options.Periods.Select(p => $"{p.Key}={p.Value}"));
        Assert.Empty(options.Validate());
    }

    [Theory]
    [InlineData("DefaultYears", -1, "DefaultYears must be between 1 and 30")]
    [InlineData("DefaultYears", 0, "DefaultYears must be between 1 and 30")]
    [InlineData("DefaultYears", 500, "DefaultYears must be between 1 and 30")]
    [InlineData("outreach", -2, "Years:outreach must be between 1 and 30")]
    [InlineData("outreach", 31, "Years:outreach must be between 1 and 30")]
    [InlineData("bfm", 4, "Years:bfm is FM data, kept at least 5 years")]
    [InlineData("referral", 2, "Years:referral is FM data, kept at least 5 years")]
    [InlineData("bFM", 5, "Years:bFM names no case kind")]
    public void A_negative_absurd_unknown_or_too_short_period_is_named(string key, int years, string expected)
    {
        var options = key == "DefaultYears" ? new RetentionOptions { DefaultYears = years } : new RetentionOptions { Years = { [key] = years } };

        Assert.Contains(options.Validate(), problem => problem.Contains(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void The_host_refuses_to_start_with_an_invalid_retention_period()
    {
        using var app = new CaseFlowApp();
        app.Settings["Retention:Years:bfm"] = "-5";

        var error = Assert.Throws<InvalidOperationException>(() => app.CreateClient());

        Assert.Contains("Retention:Years:bfm", error.Message, StringComparison.Ordinal);
    }
}
