using CaseFlow.Workflows.Contacts;

namespace CaseFlow.Workflows.Tests.Contacts;

/// <summary>The note of a contact: length limit, line breaks allowed, invisible-only text and control characters refused.</summary>
public sealed class ContactTextsTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Kundin kam pünktlich.\nNächster Termin vereinbart.")]
    [InlineData("\tEingerückt")]
    public void A_readable_or_empty_note_is_fine(string? note)
    {
        Assert.Null(ContactTexts.ProblemOf(note));
    }

    [Theory]
    [InlineData("   ")]
    [InlineData("\u200B\u200B")]
    [InlineData(" \u00AD \u2060 \uFEFF ")]
    [InlineData("\n\r\t")]
    public void A_note_of_only_spaces_or_invisible_characters_is_refused(string note)
    {
        Assert.Contains("unsichtbare", ContactTexts.ProblemOf(note), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Text\u202Eevil")]
    [InlineData("Text\u0007")]
    public void Bidirectional_and_other_control_characters_are_refused(string note)
    {
        Assert.Contains("Steuerzeichen", ContactTexts.ProblemOf(note), StringComparison.Ordinal);
    }

    [Fact]
    public void A_note_longer_than_four_thousand_characters_is_refused_and_one_of_exactly_that_length_is_not()
    {
        Assert.Null(ContactTexts.ProblemOf(new string('a', ContactTexts.MaxNoteLength)));
        Assert.Contains("4000", ContactTexts.ProblemOf(new string('a', ContactTexts.MaxNoteLength + 1)), StringComparison.Ordinal);
    }
}
