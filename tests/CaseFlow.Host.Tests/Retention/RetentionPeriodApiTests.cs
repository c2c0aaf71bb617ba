using CaseFlow.Host.Tests.Infrastructure;
using static CaseFlow.Host.Tests.Retention.RetentionSteps;

namespace CaseFlow.Host.Tests.Retention;

/// <summary>The period is configured per case kind (<c>Retention:Years:&lt;kind&gt;</c>); the other kinds keep the default.</summary>
public sealed class RetentionPeriodApiTests : AppTest
{
    public RetentionPeriodApiTests()
    {
        app.Settings["Retention:Years:referral"] = "7";
    }

    [Fact]
    public async Task A_referral_configured_for_seven_years_is_due_two_years_after_a_bfm_case_closed_the_same_day()
    {
        var (waived, _) = await WaivedBfmCaseAsync(app);
        var (referral, _) = await EndedReferralAsync(app);
        var dsb = await app.SignInAsync("dsb.weber");
        var closed = Today(app);

        var five = await ReportAsync(dsb, closed.AddYears(5));
        var almostSeven = await ReportAsync(dsb, closed.AddYears(7).AddDays(-1));
        var seven = await ReportAsync(dsb, closed.AddYears(7));

        Assert.Equal((5, 5, 7), (five["periods"]!["bfm"]!.GetValue<int>(), five["periods"]!["outreach"]!.GetValue<int>(), five["periods"]!["referral"]!.GetValue<int>()));
        Assert.Equal((1, 0), (five["dueCasesPerKind"]!["bfm"]!.GetValue<int>(), five["dueCasesPerKind"]!["referral"]!.GetValue<int>()));
        Assert.Equal(waived, five["cases"]![0]!["caseId"]!.GetValue<Guid>());
        Assert.Equal(0, almostSeven["dueCasesPerKind"]!["referral"]!.GetValue<int>());
        Assert.Equal(1, seven["dueCasesPerKind"]!["referral"]!.GetValue<int>());
        Assert.Contains(seven["cases"]!.AsArray(), c => c!["caseId"]!.GetValue<Guid>() == referral && c["dueOn"]!.GetValue<string>() == closed.AddYears(7).ToString("yyyy-MM-dd"));
    }
}
