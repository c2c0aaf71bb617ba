using CaseFlow.Host.Auth;
using CaseFlow.Host.Contacts;
using CaseFlow.Host.Http;
using CaseFlow.Host.Persistence;
using CaseFlow.Workflows.Access;
using CaseFlow.Workflows.Customers;
using CaseFlow.Workflows.Language;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using CaseFlow.Workflows.Texts;

namespace CaseFlow.Host.Api;

/// <summary>The profile (Profillage, Handlungsbedarfe) and the catalogue the profile form offers (seed 001).</summary>
public static class CustomerProfileApi
{
    public sealed record ActionNeedRequest([TextLimit(TextLimits.Code)] string KeyGroup, [TextLimit(TextLimits.Code)] string Need, bool Influenceable);

    public sealed record ProfileRequest(ProfileCode Profile, IReadOnlyList<ActionNeedRequest> ActionNeeds, bool IntegrationWithoutFmUnlikely, int? Version = null, bool? Unemployed = null);

    /// <summary>
    /// The catalogue; key groups, obstacles and facts are the German values a profile stores, and <paramref name="Labels"/>
    /// gives each of them the label to show in the request's language (the German itself by default).
    /// </summary>
    public sealed record ProfileCatalogueView(
        IReadOnlyList<string> Profiles,
        IReadOnlyList<ProfileKeyGroup> KeyGroups,
        IReadOnlyList<string> NeverInfluenceable,
        IReadOnlyDictionary<string, string> Labels);

    public static IEndpointRouteBuilder MapCustomerProfileApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/customers").WithTags(CustomersApi.Tag).RequireAuthorization();
        group.MapGet("/profile-catalogue", Catalogue).WithName("GetProfileCatalogue")
            .WithSummary("The profile codes, the influenceable obstacles per key group (seed 001 §3.1) and the never influenceable facts (§3.2), each with its label in the request's language (labels).");
        group.MapPut("/{id:guid}/profile", UpdateProfile).WithName("UpdateCustomerProfile").WithBodyLimit(RequestBodyLimits.StaffJsonBytes)
            .WithSummary("Records the profile (Profillage) and needs for action (Handlungsbedarfe); a never influenceable fact marked influenceable is 400.");
        return endpoints;
    }

    private static Ok<ProfileCatalogueView> Catalogue() => TypedResults.Ok(new ProfileCatalogueView(
        Enum.GetNames<ProfileCode>(),
        ProfileCatalogue.KeyGroups,
        ProfileCatalogue.NeverInfluenceable,
        ProfileCatalogue.Texts.Distinct(StringComparer.Ordinal).ToDictionary(text => text, Terms.Say, StringComparer.Ordinal)));

    private static async Task<Results<Ok<CustomerView>, ProblemHttpResult>> UpdateProfile(
        Guid id, ProfileRequest request, HttpContext http, ActorResolver actors, CaseFlowDbContext db, TimeProvider clock, ContactDueUpdate dues, CancellationToken cancellationToken)
    {
        var customer = await db.Customers.FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (customer is null)
        {
            return Problems.NotFound($"Kunde/Kundin {id} nicht gefunden.");
        }

        var cases = await db.Cases.AsNoTracking().Where(c => c.CustomerId == id).ToListAsync(cancellationToken);
        var actor = await actors.ResolveAsync(http.User, cancellationToken);
        if (!CaseAccessPolicy.CanProfile(customer, cases, actor))
        {
            return Problems.Forbidden("Das Profil pflegt die zuständige Integrationsfachkraft oder die Hauptbetreuung eines laufenden Falls.");
        }

        if (request.Version is { } version && version != customer.Version)
        {
            return Problems.Conflict($"Das Profil wurde inzwischen geändert (Version {customer.Version}, gesendet {version}). Bitte neu laden.");
        }

        if (NeedProblem(request.ActionNeeds) is { } problem)
        {
            return problem;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var needs = request.ActionNeeds.Select(n => new ActionNeed { KeyGroup = n.KeyGroup.Trim(), Need = n.Need.Trim(), Influenceable = n.Influenceable });
        customer.RecordProfile(request.Profile, needs, request.IntegrationWithoutFmUnlikely, actor.UserName, now);
        customer.Unemployed = request.Unemployed ?? customer.Unemployed;
        await dues.StageAsync(customer, cancellationToken);
        db.Journal.Add(Journal.ForCustomer(
            customer.Id, actor, now, "profile", $"{{\"profile\":\"{request.Profile}\",\"actionNeeds\":{request.ActionNeeds.Count},\"unemployed\":{(customer.Unemployed ? "true" : "false")}}}"));
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(CustomerView.Of(customer));
    }

    private static ProblemHttpResult? NeedProblem(IReadOnlyList<ActionNeedRequest> needs)
    {
        for (var index = 0; index < needs.Count; index++)
        {
            var need = needs[index];
            if (string.IsNullOrWhiteSpace(need.KeyGroup) || string.IsNullOrWhiteSpace(need.Need) || need.KeyGroup.Length > 100 || need.Need.Length > 200)
            {
                return Problems.Invalid(
                    $"actionNeeds[{index}]", "Jeder Handlungsbedarf braucht eine Schlüsselgruppe (keyGroup, bis 100 Zeichen) und eine Bezeichnung (need, bis 200 Zeichen).");
            }

            if (RefusedCharacters.FindIn(need.KeyGroup + need.Need) is { } refused)
            {
                return Problems.Invalid($"actionNeeds[{index}]", $"Der Handlungsbedarf enthält ein unsichtbares oder Steuerzeichen ({refused}).");
            }

            if (need.Influenceable && ProfileCatalogue.IsNeverInfluenceable(need.Need))
            {
                return Problems.Invalid(
                    $"actionNeeds[{index}].influenceable",
                    $"„{need.Need.Trim()}“ ist eine nicht beeinflussbare Gegebenheit (OA 08/2012 §3.2) und kann nicht als beeinflussbar gelten.");
            }
        }

        return null;
    }
}
