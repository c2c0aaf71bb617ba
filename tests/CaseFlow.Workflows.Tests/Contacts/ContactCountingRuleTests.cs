using CaseFlow.Workflows.Contacts;
using CaseFlow.Workflows.Rules;

namespace CaseFlow.Workflows.Tests.Contacts;

/// <summary>Every cell of the default counting rule (seed 004 §1, domain.md §6): ten note types on six channels.</summary>
public sealed class ContactCountingRuleTests
{
    private static readonly NoteType[] FirstEight =
    [
        NoteType.Beratungsvermerk, NoteType.VbVermerk, NoteType.BeratungsvermerkStandortbestimmung, NoteType.Fallmanagement,
        NoteType.AngebotU25, NoteType.Integrationsvereinbarung, NoteType.ZavVermerk, NoteType.GemeinsamesVorstellungsgespraech,
    ];

    public static TheoryData<NoteType, ContactChannel, bool> Cells()
    {
        var cells = new TheoryData<NoteType, ContactChannel, bool>();
        foreach (var noteType in Enum.GetValues<NoteType>())
        {
            foreach (var channel in Enum.GetValues<ContactChannel>())
            {
                var personalOrPhone = channel is ContactChannel.Personal or ContactChannel.Phone or ContactChannel.GroupSession;
                cells.Add(noteType, channel, FirstEight.Contains(noteType) || personalOrPhone);
            }
        }

        return cells;
    }

    [Theory]
    [MemberData(nameof(Cells))]
    public void The_default_rule_counts_the_first_eight_note_types_always_and_the_other_two_only_personal_or_by_phone(
        NoteType noteType, ContactChannel channel, bool counts)
    {
        Assert.Equal(counts, new ContactCountingRule().Counts(noteType, channel));
    }

    [Theory]
    [InlineData(ContactChannel.Personal)]
    [InlineData(ContactChannel.GroupSession)]
    public void A_group_information_session_counts_like_a_personal_contact_for_an_sb_vorgang(ContactChannel channel)
    {
        Assert.True(new ContactCountingRule().Counts(NoteType.SbVorgang, channel));
    }

    [Fact]
    public void A_configured_rule_that_drops_the_phone_no_longer_counts_a_general_note_by_phone()
    {
        var rule = new ContactCountingRule { PersonalOrPhoneChannels = [ContactChannel.Personal] };

        Assert.False(rule.Counts(NoteType.AllgemeinerVermerk, ContactChannel.Phone));
        Assert.True(rule.Counts(NoteType.AllgemeinerVermerk, ContactChannel.Personal));
        Assert.True(rule.Counts(NoteType.Beratungsvermerk, ContactChannel.Phone));
    }

    [Fact]
    public void The_rule_in_force_on_the_contacts_date_decides()
    {
        var rules = new EffectiveRules<ContactCountingRule>(
        [
            (DateOnly.MinValue, new ContactCountingRule()),
            (new DateOnly(2027, 1, 1), new ContactCountingRule { AlwaysCounting = [NoteType.Beratungsvermerk] }),
        ]);

        Assert.True(rules.At(new DateOnly(2026, 12, 31)).Counts(NoteType.ZavVermerk, ContactChannel.Letter));
        Assert.False(rules.At(new DateOnly(2027, 1, 1)).Counts(NoteType.ZavVermerk, ContactChannel.Letter));
    }
}
