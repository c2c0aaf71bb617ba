using System.Globalization;
using CaseFlow.Workflows.Language;
using static CaseFlow.Workflows.Tests.Language.ServedLabels;

namespace CaseFlow.Workflows.Tests.Language;

/// <summary>Every label the server serves has an English text, and the request's UI language picks it.</summary>
public sealed class EnglishLabelTests
{
    [Fact]
    public void Every_served_label_of_vocabulary_lifecycles_forms_options_hints_and_catalogue_has_an_english_text()
    {
        var labels = German();

        var missing = labels.Where(label => !Terms.HasEnglish(label)).Distinct(StringComparer.Ordinal).ToList();

        Assert.True(labels.Count > 200, $"Only {labels.Count} labels walked.");
        Assert.True(missing.Count == 0, "Missing English for: " + string.Join(" | ", missing));
    }

    [Fact]
    public void Every_line_of_every_kinds_file_in_words_has_an_english_label_and_its_value_is_translated_unless_typed()
    {
        foreach (var (lifecycle, scene) in FilledFiles())
        {
            var german = In("de", () => lifecycle.FileInWords(scene));
            var english = In("en", () => lifecycle.FileInWords(scene));

            Assert.True(german.Count >= 8, $"{lifecycle.Kind}: only {german.Count} lines.");
            Assert.Equal(german.Count, english.Count);
            Assert.All(german, line => Assert.True(Terms.HasEnglish(line.Label), $"{lifecycle.Kind}: no English for '{line.Label}'."));
            foreach (var (de, en) in german.Zip(english))
            {
                Assert.Equal(Terms.HasEnglish(de.Label) ? In("en", () => Terms.Say(de.Label)) : de.Label, en.Label);
                if (de.Value is not TypedText and not "anna.kaya" && !de.Value.All(char.IsDigit))
                {
                    Assert.True(de.Value != en.Value, $"{lifecycle.Kind}: '{de.Label}' is '{de.Value}' in English too.");
                }
            }
        }
    }

    [Theory]
    [InlineData("en", "Case steering")]
    [InlineData("de", "Fallsteuerung")]
    [InlineData("fr", "Fallsteuerung")]
    public void A_label_comes_in_english_only_when_the_label_language_is_english(string language, string expected) =>
        Assert.Equal(expected, In(language, () => Terms.Say("Fallsteuerung")));

    [Fact]
    public void The_process_culture_does_not_choose_the_label_language()
    {
        var before = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en-GB");
        try
        {
            Assert.Equal("Fallsteuerung", Terms.Say("Fallsteuerung"));
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }

    [Fact]
    public void Dates_yes_no_and_filled_in_labels_follow_the_language()
    {
        var day = new DateOnly(2027, 1, 15);

        Assert.Equal("15.01.2027", In("de", () => Terms.Date(day)));
        Assert.Equal("15/01/2027", In("en", () => Terms.Date(day)));
        Assert.Equal("nein", In("de", () => Terms.YesNo(false)));
        Assert.Equal("yes", In("en", () => Terms.YesNo(true)));
        Assert.Equal("7 – regular maximum duration of 24 months reached", In("en", () => Terms.Say("{0} – Regelhöchstdauer von {1} Monaten erreicht", 7, 24)));
    }

    [Fact]
    public void A_label_without_an_english_text_stays_german_and_is_reported_as_missing()
    {
        Assert.Equal("Ein neues Wort", In("en", () => Terms.Say("Ein neues Wort")));
        Assert.False(Terms.HasEnglish("Ein neues Wort"));
    }
}
