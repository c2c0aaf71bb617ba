using System.Globalization;
using CaseFlow.Workflows.Cases.Forms;

namespace CaseFlow.Workflows.Language;

/// <summary>
/// Labels in the language of the current request (<see cref="Language"/>, set by the Host per request from
/// <c>Accept-Language</c>: English for <c>en</c>, German otherwise and outside requests). The process's own culture
/// (e.g. <c>LANG</c> or <c>DOTNET_CLI_UI_LANGUAGE</c>) never matters. German is the source: every label is written in German where it is defined, and
/// <see cref="EnglishTerms"/> holds the English text for each German label. Stored data (notes, reasons) never goes
/// through here.
/// </summary>
public static class Terms
{
    private static readonly CultureInfo German = CultureInfo.GetCultureInfo("de-DE");
    private static readonly CultureInfo British = CultureInfo.GetCultureInfo("en-GB");

    private static readonly AsyncLocal<string?> Current = new();

    /// <summary>The language labels are wanted in for the current flow (a request and what it awaits): "de" unless set to "en".</summary>
    public static string Language
    {
        get => Current.Value ?? "de";
        set => Current.Value = value == "en" ? "en" : null;
    }

    /// <summary>Whether labels are wanted in English now.</summary>
    public static bool InEnglish => Current.Value == "en";

    /// <summary>The culture numbers and dates of labels are written in: de-DE, or en-GB in English.</summary>
    public static CultureInfo Culture => InEnglish ? British : German;

    /// <summary>The German label in the current language (the German itself when no English is known).</summary>
    public static string Say(string german) => InEnglish && EnglishTerms.Of(german) is { } english ? english : german;

    /// <summary>A German label with placeholders (<c>{0}</c>, ...) in the current language, filled in.</summary>
    public static string Say(string germanFormat, params object[] values) => string.Format(Culture, Say(germanFormat), values);

    /// <summary>Whether <paramref name="german"/> has an English text (the completeness tests ask this for every served label).</summary>
    public static bool HasEnglish(string german) => EnglishTerms.Of(german) is not null;

    /// <summary>The options with their labels in the current language.</summary>
    public static IReadOnlyList<FieldOption> Say(IReadOnlyList<FieldOption> options) => [.. options.Select(option => option with { Label = Say(option.Label) })];

    /// <summary>ja/nein, or yes/no.</summary>
    public static string YesNo(bool value) => Say(value ? "ja" : "nein");

    /// <summary>A date as users read it: <c>TT.MM.JJJJ</c>, or <c>dd/MM/yyyy</c> in English.</summary>
    public static string Date(DateOnly date) => date.ToString(InEnglish ? "dd/MM/yyyy" : "dd.MM.yyyy", Culture);
}
