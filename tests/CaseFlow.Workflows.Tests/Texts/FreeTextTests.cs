using CaseFlow.Workflows.Cases;
using CaseFlow.Workflows.Texts;

namespace CaseFlow.Workflows.Tests.Texts;

/// <summary>The one rule for free texts: blank means nothing visible after removing whitespace and invisible characters.</summary>
public sealed class FreeTextTests
{
    [Theory]
    [InlineData("\u200B")]
    [InlineData(" \u200C\u200D\u2060\uFEFF\u00AD ")]
    [InlineData("\u202E\u2066\u061C")]
    [InlineData("\u3164\u115F")]
    [InlineData("\u0301\u0301")]
    [InlineData("\u2028\t\n")]
    public void Text_of_only_invisible_characters_is_blank(string text)
    {
        Assert.True(FreeText.IsBlank(text));
        Assert.Contains("blank", FreeText.ProblemOf("reason", text, TextLimits.Reason), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("a\u200B")]
    [InlineData("Kündigung – Umzug")]
    [InlineData("😀")]
    public void Text_with_something_visible_is_not_blank(string text)
    {
        Assert.False(FreeText.IsBlank(text));
        Assert.Null(FreeText.ProblemOf("reason", text, TextLimits.Reason));
    }

    [Fact]
    public void A_text_over_its_limit_is_refused_naming_the_field_and_the_limit()
    {
        var problem = FreeText.ProblemOf("note", new string('x', TextLimits.Note + 1), TextLimits.Note);

        Assert.Equal("Zu lang (too long): das Feld note darf höchstens 4000 Zeichen lang sein, nicht 4001.", problem);
    }

    [Fact]
    public void A_zero_width_reason_is_no_reason()
    {
        var input = new ActionInput("\u200B\u200B", null, null);

        var refused = Assert.Throws<ActionInputException>(input.RequiredReason);

        Assert.Equal("reason", refused.Field);
    }
}
