using CaseFlow.Workflows.Cases.Forms;
using CaseFlow.Workflows.Language;

namespace CaseFlow.Workflows.Cases.Bfm;

/// <summary>The bFM file in words: plan type and content, next review, prognosis, months in bFM with the regular 2-year limit, the exit.</summary>
internal static class BfmFileWords
{
    public static IReadOnlyList<FieldValue> Describe(BfmContext c)
    {
        var file = c.File;
        var words = new FileWords(c.Calendar)
            .Add("Vorgeschlagen am", file.ReferredAt)
            .Add("Begründung einer Ausnahme", file.ExceptionJustification)
            .Add("Im bFM seit", file.AcceptedAt)
            .Add("Art des Plans", file.PlanType is { } plan ? Terms.Say(Labels.Of(plan)) : null)
            .Add("Plan vereinbart am", file.PlanAgreedAt)
            .Add("Nächste Überprüfung fällig am", file.NextReviewDue)
            .Add("Potenzialanalyse: Stärken", Lines(file.Strengths))
            .Add("Potenzialanalyse: Hemmnisse", Lines(file.Obstacles))
            .Add("Ziele", Lines(file.Goals))
            .Add("Verknüpfte Entwicklungsziele", Lines(file.GoalLinks.Select(c.GoalName).ToList()))
            .Add("Schritte (was, wer, bis wann)", Lines(file.Steps));
        if (file.AcceptedAt is { } accepted)
        {
            var months = words.MonthsBetween(accepted, file.ExitedAt ?? c.Now);
            var limit = c.Rules.MaximumDurationMonths;
            words.Add("Monate im bFM", months >= limit
                ? Terms.Say("{0} – Regelhöchstdauer von {1} Monaten erreicht", months, limit)
                : Terms.Say("{0} von höchstens {1} (Regelhöchstdauer bis {2})", months, limit, Terms.Date(c.Calendar.DateOf(c.Calendar.AddMonths(accepted, limit)))));
            words.Count("Überprüfungen", file.ReviewCount);
        }

        return words
            .Add("Letzte Überprüfung am", file.LastReviewAt)
            .Add("Prognose", file.Prognosis is { } prognosis ? Terms.Say(Labels.Of(prognosis)) : null)
            .Add("Begründung der Prognose", file.PrognosisReasons)
            .Add("Begründung der Fortführung", file.ExtensionJustification)
            .Add("Grund des Fallabgangs", file.ExitReason is { } reason ? Terms.Say(Labels.Of(reason)) : null)
            .Add("Profillage beim Abgang", file.FinalProfile is { } profile ? Terms.Say(Labels.Of(profile)) : null)
            .Add("Fallabgang am", file.ExitedAt)
            .Add("Abschlussplan", file.ClosingPlan)
            .Values;
    }

    /// <summary>A list as one value, one item per line (the items are the caseworker's own words).</summary>
    private static string? Lines(IReadOnlyList<string>? items) => items is null || items.Count == 0 ? null : string.Join("\n", items);
}
