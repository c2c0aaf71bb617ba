using CaseFlow.Workflows.Cases.Referral;
using CaseFlow.Workflows.Customers;

namespace CaseFlow.Workflows.Tests.Privacy;

public sealed class HealthRelatedNeedsTests
{
    [Theory]
    [InlineData("Leistungsfähigkeit", "Veränderungen im Suchtverhalten", SharedFields.AddictionNeeds)]
    [InlineData("Leistungsfähigkeit", "Ursachenklärung bei Verhaltensauffälligkeiten", SharedFields.PsychologicalNeeds)]
    [InlineData("Leistungsfähigkeit", "psychische Stabilisierung", SharedFields.PsychologicalNeeds)]
    [InlineData("Leistungsfähigkeit", "Abklärung gesundheitlicher Einschränkungen/Leistungsfähigkeit", SharedFields.HealthNeeds)]
    [InlineData("Rahmenbedingungen", "Gesundheit/Behinderung", SharedFields.HealthNeeds)]
    [InlineData("Rahmenbedingungen", "Alkoholabhängigkeit", SharedFields.AddictionNeeds)]
    public void A_health_related_need_requires_its_own_consent_item(string keyGroup, string need, string item)
    {
        Assert.Equal(item, HealthRelatedNeeds.ConsentItemOf(new ActionNeed { KeyGroup = keyGroup, Need = need }));
    }

    [Theory]
    [InlineData("Rahmenbedingungen", "Schuldenabbau")]
    [InlineData("Rahmenbedingungen", "Beseitigung von Obdachlosigkeit")]
    [InlineData("Leistungsfähigkeit", "Verbesserung der Sprachkenntnisse")]
    public void Other_needs_are_covered_by_the_consent_to_action_needs(string keyGroup, string need)
    {
        Assert.Null(HealthRelatedNeeds.ConsentItemOf(new ActionNeed { KeyGroup = keyGroup, Need = need }));
    }

    [Fact]
    public void Every_health_item_is_a_consent_item_an_agreement_and_a_consent_may_name()
    {
        Assert.All(SharedFields.HealthItems, item => Assert.True(SharedFields.IsKnown(item)));
    }
}
