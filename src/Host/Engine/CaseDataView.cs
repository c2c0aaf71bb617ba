using System.Globalization;
using System.Text.Json.Nodes;
using CaseFlow.Workflows.Cases;
using CaseFlow.Workflows.Cases.Bfm;
using CaseFlow.Workflows.Customers;

namespace CaseFlow.Host.Engine;

/// <summary>
/// The case as workflow expressions see it (<c>case.*</c>): ids, state and caseworkers, and of the customer
/// only what routing needs (profile, age on the Jobcenter's date of today); of the bFM file the dates timers follow (<c>case.bfm.acceptedAt</c>,
/// <c>case.bfm.nextReviewDue</c>). No names, no health or addiction details.
/// </summary>
public static class CaseDataView
{
    public static JsonObject Of(Case @case, Customer customer, DateOnly today) => new()
    {
        ["id"] = @case.Id.ToString(),
        ["kind"] = @case.Kind,
        ["state"] = @case.State,
        ["customerId"] = @case.CustomerId.ToString(),
        ["mainCaseworker"] = @case.MainCaseworker,
        ["referringCaseworker"] = @case.ReferringCaseworker,
        ["secondaryCaseworker"] = @case.SecondaryCaseworker,
        ["customer"] = new JsonObject
        {
            ["profile"] = customer.Profile?.ToString(),
            ["age"] = customer.AgeOn(today),
            ["severelyDisabled"] = customer.SeverelyDisabled,
        },
        ["bfm"] = @case.Bfm is { } bfm ? Bfm(bfm) : null,
    };

    private static JsonObject Bfm(BfmDetails bfm) => new()
    {
        ["acceptedAt"] = bfm.AcceptedAt?.ToString("O", CultureInfo.InvariantCulture),
        ["nextReviewDue"] = bfm.NextReviewDue?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
    };
}
