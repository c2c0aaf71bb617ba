using CaseFlow.Workflows.Customers;
using CaseFlow.Workflows.Rules.ContactDensity;

namespace CaseFlow.Workflows.Tests.Rules;

/// <summary>A customer's maintained due date: from the last counting contact or registration, moved by suspensions.</summary>
public sealed class ContactDueTests
{
    private static readonly DateOnly Adult = new(1980, 3, 1);
    private static readonly DateOnly Registered = new(2026, 1, 10);
    private static readonly DateOnly Today = new(2026, 6, 1);

    private static ContactDue? Due(ProfileCode? profile, DateOnly? last, params ContactSuspension[] suspensions) =>
        ContactDue.For(ContactDensityTable.Default, Adult, profile, unemployed: true, Registered, last, suspensions, Today);

    private static ContactSuspension Suspension(string from, string? to) =>
        ContactSuspension.Until(Guid.NewGuid(), SuspensionKind.FullTimeMeasure, DateOnly.Parse(from), to is null ? null : DateOnly.Parse(to), "Maßnahme", "ifk", DateTime.UtcNow);

    [Fact]
    public void A_customer_without_a_profile_has_no_due_date()
    {
        Assert.Null(Due(null, new DateOnly(2026, 5, 1)));
    }

    [Fact]
    public void The_interval_starts_at_the_last_counting_contact_and_names_its_cell()
    {
        var due = Due(ProfileCode.SP, new DateOnly(2026, 5, 31));

        Assert.Equal(new ContactDue(new DateOnly(2026, 9, 30), "Ue25/unemployed/SP"), due);
    }

    [Fact]
    public void Without_a_counting_contact_the_interval_starts_at_registration()
    {
        var due = Due(ProfileCode.SP, null);

        Assert.Equal(ContactDensityTable.Default.NextDue(Registered, AgeGroup.Ue25, ProfileCode.SP, true), due!.DueOn);
    }

    [Fact]
    public void A_due_day_inside_a_suspension_moves_to_the_day_after_it_ends()
    {
        var due = Due(ProfileCode.SP, new DateOnly(2026, 5, 31), Suspension("2026-09-01", "2026-10-15"));

        Assert.Equal(new DateOnly(2026, 10, 16), due!.DueOn);
    }

    [Fact]
    public void An_open_ended_suspension_today_means_no_due_date()
    {
        Assert.Null(Due(ProfileCode.SP, new DateOnly(2026, 5, 31), Suspension("2026-05-01", null)));
    }

    [Theory]
    [InlineData("2026-06-01", 0)]
    [InlineData("2026-06-05", 0)]
    [InlineData("2026-05-22", 10)]
    public void Overdue_days_count_from_the_day_after_the_due_date(string dueOn, int expected)
    {
        Assert.Equal(expected, ContactDue.OverdueDays(DateOnly.Parse(dueOn), Today));
    }
}
