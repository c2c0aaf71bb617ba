using CaseFlow.Workflows.Cases.Forms;
using CaseFlow.Workflows.Customers;
using CaseFlow.Workflows.Language;

namespace CaseFlow.Workflows.Rules.ContactDensity;

/// <summary>A stored cell name (<see cref="ContactDensityTable.CellName"/>) in words, in the request's language.</summary>
public static class ContactRuleCellText
{
    /// <summary>E.g. "25 und älter (Ü25), arbeitslos, EP" for <c>Ue25/unemployed/EP</c>; the name itself when it cannot be read.</summary>
    public static string Of(string cell)
    {
        var parts = cell.Split('/');
        if (parts.Length != 3
            || !Enum.TryParse<AgeGroup>(parts[0], out var ageGroup)
            || parts[1] is not ("unemployed" or "notUnemployed")
            || !Enum.TryParse<ProfileCode>(parts[2], out var profile))
        {
            return cell;
        }

        return string.Join(", ", Terms.Say(Labels.Of(ageGroup)), Terms.Say(UnemployedStatus.Label(parts[1] == "unemployed")), Terms.Say(Labels.Of(profile)));
    }
}
