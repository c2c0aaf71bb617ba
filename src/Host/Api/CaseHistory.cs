using CaseFlow.Workflows.Cases;
using CaseFlow.Workflows.Cases.Forms;
using CaseFlow.Workflows.Language;

namespace CaseFlow.Host.Api;

/// <summary>A journal line of a case as its history shows it: labels in the request's language and the action's input in words.</summary>
internal static class CaseHistory
{
    /// <summary>The line; without <paramref name="withFile"/> (a summary reader) who, when and the states only, no reason, note or input.</summary>
    public static CasesApi.HistoryEntry Entry(ICaseLifecycle lifecycle, JournalEntry entry, bool withFile)
    {
        var form = lifecycle.Actions.Contains(entry.Action) ? lifecycle.FormOf(entry.Action) : null;
        return new CasesApi.HistoryEntry(
            entry.At,
            entry.Actor,
            entry.Action,
            entry.FromState,
            entry.ToState,
            withFile ? entry.Reason : null,
            withFile ? entry.Note : null,
            Terms.Say(form?.Label ?? OtherLabel(entry.Action)),
            entry.FromState is { } from ? Terms.Say(lifecycle.StateLabel(from)) : null,
            entry.ToState is { } to ? Terms.Say(lifecycle.StateLabel(to)) : null,
            form is null || !withFile ? [] : InputInWords.Describe(form, entry.Reason, entry.Data));
    }

    /// <summary>The journal lines that are no lifecycle action.</summary>
    private static string OtherLabel(string action) => action switch
    {
        "open" => "Fall eröffnet",
        Referrals.ReportOverdueWatch.JournalAction => "Bericht des Trägers überfällig",
        _ => action,
    };
}
