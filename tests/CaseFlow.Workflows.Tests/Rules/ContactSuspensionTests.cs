using CaseFlow.Workflows.Rules.ContactDensity;

namespace CaseFlow.Workflows.Tests.Rules;

/// <summary>Every kind of suspension: from and to inclusive, open-ended, and AGH never suspending.</summary>
public sealed class ContactSuspensionTests
{
    private static readonly Guid Customer = Guid.NewGuid();
    private static readonly DateTime Now = new(2026, 11, 30, 9, 0, 0, DateTimeKind.Utc);

    private static ContactSuspension Suspension(SuspensionKind kind, string from, string? to) =>
        ContactSuspension.Until(Customer, kind, DateOnly.Parse(from), to is null ? null : DateOnly.Parse(to), "Maßnahme beim Träger", "ifk.meyer", Now);

    public static TheoryData<SuspensionKind> SuspendingKinds => new()
    {
        SuspensionKind.FullTimeMeasure,
        SuspensionKind.QualifyingMeasure,
        SuspensionKind.ExpertReportPending,
        SuspensionKind.MeasureStartFixed,
    };

    [Theory]
    [MemberData(nameof(SuspendingKinds))]
    public void A_suspension_covers_its_first_and_last_day_and_nothing_outside(SuspensionKind kind)
    {
        var suspensions = new[] { Suspension(kind, "2026-12-01", "2027-03-31") };

        Assert.False(ContactSuspensions.IsSuspended(suspensions, new DateOnly(2026, 11, 30)));
        Assert.True(ContactSuspensions.IsSuspended(suspensions, new DateOnly(2026, 12, 1)));
        Assert.True(ContactSuspensions.IsSuspended(suspensions, new DateOnly(2027, 2, 1)));
        Assert.True(ContactSuspensions.IsSuspended(suspensions, new DateOnly(2027, 3, 31)));
        Assert.False(ContactSuspensions.IsSuspended(suspensions, new DateOnly(2027, 4, 1)));
    }

    [Theory]
    [MemberData(nameof(SuspendingKinds))]
    public void An_open_ended_suspension_covers_every_day_from_its_start(SuspensionKind kind)
    {
        var suspensions = new[] { Suspension(kind, "2026-12-01", null) };

        Assert.False(ContactSuspensions.IsSuspended(suspensions, new DateOnly(2026, 11, 30)));
        Assert.True(ContactSuspensions.IsSuspended(suspensions, new DateOnly(2026, 12, 1)));
        Assert.True(ContactSuspensions.IsSuspended(suspensions, new DateOnly(2040, 1, 1)));
    }

    [Fact]
    public void A_one_day_suspension_covers_exactly_that_day()
    {
        var suspensions = new[] { Suspension(SuspensionKind.ExpertReportPending, "2027-01-15", "2027-01-15") };

        Assert.Equal(
            new[] { false, true, false },
            new[] { 14, 15, 16 }.Select(day => ContactSuspensions.IsSuspended(suspensions, new DateOnly(2027, 1, day))));
    }

    [Fact]
    public void An_agh_never_suspends_the_rule_and_cannot_be_recorded()
    {
        var suspensions = new[] { Suspension(SuspensionKind.WorkOpportunity, "2026-12-01", null) };

        Assert.False(ContactSuspensions.Suspends(SuspensionKind.WorkOpportunity));
        Assert.False(ContactSuspensions.IsSuspended(suspensions, new DateOnly(2027, 1, 1)));
        Assert.DoesNotContain(SuspensionKind.WorkOpportunity, ContactSuspensions.Recordable);
        Assert.Equal(
            [SuspensionKind.FullTimeMeasure, SuspensionKind.QualifyingMeasure, SuspensionKind.ExpertReportPending, SuspensionKind.MeasureStartFixed],
            ContactSuspensions.Recordable);
    }

    [Fact]
    public void Ending_an_open_suspension_stops_it_after_the_last_day()
    {
        var suspension = Suspension(SuspensionKind.MeasureStartFixed, "2026-12-01", null);

        suspension.End(new DateOnly(2027, 1, 10), "ifk.meyer", Now);

        Assert.True(ContactSuspensions.IsSuspended([suspension], new DateOnly(2027, 1, 10)));
        Assert.False(ContactSuspensions.IsSuspended([suspension], new DateOnly(2027, 1, 11)));
        Assert.Equal(("ifk.meyer", Now), (suspension.EndedBy, suspension.EndedAt));
    }

    [Fact]
    public void Any_of_several_suspensions_suspends_and_gaps_between_them_do_not()
    {
        var suspensions = new[]
        {
            Suspension(SuspensionKind.FullTimeMeasure, "2026-01-01", "2026-03-31"),
            Suspension(SuspensionKind.WorkOpportunity, "2026-04-01", "2026-04-30"),
            Suspension(SuspensionKind.ExpertReportPending, "2026-05-01", null),
        };

        Assert.True(ContactSuspensions.IsSuspended(suspensions, new DateOnly(2026, 3, 31)));
        Assert.False(ContactSuspensions.IsSuspended(suspensions, new DateOnly(2026, 4, 15)));
        Assert.True(ContactSuspensions.IsSuspended(suspensions, new DateOnly(2026, 5, 1)));
        Assert.False(ContactSuspensions.IsSuspended([], new DateOnly(2026, 5, 1)));
    }
}
