using CaseFlow.Workflows.Customers;
using CaseFlow.Workflows.Rules.ContactDensity;
using static CaseFlow.Workflows.Rules.ContactDensity.ContactRhythm;

namespace CaseFlow.Workflows.Tests.Rules;

/// <summary>When the next contact is due (calendar months and weeks), and which age group a customer is in on a day.</summary>
public sealed class ContactDueDateTests
{
    [Theory]
    [InlineData("2026-01-15", Monthly, "2026-02-15")]
    [InlineData("2026-01-31", Monthly, "2026-02-28")]
    [InlineData("2028-01-31", Monthly, "2028-02-29")]
    [InlineData("2026-03-31", Monthly, "2026-04-30")]
    [InlineData("2026-12-15", Monthly, "2027-01-15")]
    [InlineData("2026-12-31", TwoMonthly, "2027-02-28")]
    [InlineData("2027-08-31", HalfYearly, "2028-02-29")]
    [InlineData("2028-02-29", HalfYearly, "2028-08-29")]
    [InlineData("2026-10-31", FourMonthly, "2027-02-28")]
    [InlineData("2026-11-30", Quarterly, "2027-02-28")]
    [InlineData("2026-12-20", SixToSevenWeeks, "2027-01-31")]
    [InlineData("2028-02-01", SixToSevenWeeks, "2028-03-14")]
    [InlineData("2026-11-30", AboutTwoMonthly, "2027-02-08")]
    public void The_next_contact_is_due_one_interval_after_the_last_counting_contact(string last, ContactRhythm rhythm, string due)
    {
        Assert.Equal(DateOnly.Parse(due), ContactInterval.Of(rhythm).NextDue(DateOnly.Parse(last)));
    }

    [Fact]
    public void The_table_answers_the_due_date_for_a_customer_group()
    {
        var due = ContactDensityTable.Default.NextDue(new DateOnly(2026, 5, 31), AgeGroup.Ue25, ProfileCode.SP, unemployed: true);

        Assert.Equal(new DateOnly(2026, 9, 30), due);
    }

    [Theory]
    [InlineData("2001-11-30", "2026-11-29", AgeGroup.U25)]
    [InlineData("2001-11-30", "2026-11-30", AgeGroup.Ue25)]
    [InlineData("2010-06-01", "2026-11-30", AgeGroup.U25)]
    [InlineData("1970-01-01", "2026-11-30", AgeGroup.Ue25)]
    [InlineData("2004-02-29", "2029-02-27", AgeGroup.U25)]
    [InlineData("2004-02-29", "2029-02-28", AgeGroup.Ue25)]
    [InlineData("2004-02-29", "2028-02-29", AgeGroup.U25)]
    public void A_customer_is_u25_until_the_day_before_the_25th_birthday(string birthDate, string day, AgeGroup expected)
    {
        Assert.Equal(expected, AgeGroups.On(DateOnly.Parse(birthDate), DateOnly.Parse(day)));
    }

    [Fact]
    public void The_age_group_agrees_with_the_customers_age()
    {
        var customer = new Customer { CustomerNumber = "123K456789", BirthDate = new DateOnly(2004, 2, 29), ResponsibleCaseworker = "ifk.meyer" };
        for (var day = new DateOnly(2029, 2, 20); day <= new DateOnly(2029, 3, 5); day = day.AddDays(1))
        {
            Assert.Equal(customer.AgeOn(day) < 25, AgeGroups.On(customer.BirthDate, day) == AgeGroup.U25);
        }
    }
}
