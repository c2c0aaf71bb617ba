using CaseFlow.Workflows.Contacts;
using CaseFlow.Workflows.Rules;

namespace CaseFlow.Workflows.Tests.Contacts;

/// <summary>Three missed appointments in a row make a customer not reachable (Neue Grundsicherung 2026).</summary>
public sealed class ReachabilityTests
{
    private static readonly DateTime Monday = new(2026, 11, 2, 9, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Two_missed_appointments_leave_the_customer_reachable()
    {
        var reachability = Reachability.Of([Monday, Monday.AddDays(7)], new ContactCountingRule());

        Assert.Equal(new Reachability(2, null), reachability);
    }

    [Fact]
    public void The_third_missed_appointment_marks_the_customer_not_reachable_since_its_date_whatever_order_they_came_in()
    {
        var reachability = Reachability.Of([Monday.AddDays(14), Monday, Monday.AddDays(7), Monday.AddDays(21)], new ContactCountingRule());

        Assert.Equal(new Reachability(4, Monday.AddDays(14)), reachability);
    }

    [Fact]
    public void A_rule_with_zero_switches_the_mark_off()
    {
        var reachability = Reachability.Of([Monday, Monday.AddDays(1), Monday.AddDays(2)], new ContactCountingRule { MissedInARowForNotReachable = 0 });

        Assert.Null(reachability.NotReachableSince);
    }

    [Theory]
    [InlineData(ContactChannel.Personal, true)]
    [InlineData(ContactChannel.Phone, true)]
    [InlineData(ContactChannel.Video, true)]
    [InlineData(ContactChannel.GroupSession, true)]
    [InlineData(ContactChannel.Letter, false)]
    [InlineData(ContactChannel.Email, false)]
    public void Only_a_contact_where_the_customer_took_part_ends_a_row_of_missed_appointments(ContactChannel channel, bool reaches)
    {
        Assert.Equal(reaches, new ContactCountingRule().Reaches(channel));
    }
}
