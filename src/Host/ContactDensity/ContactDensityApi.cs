using CaseFlow.Host.Auth;
using CaseFlow.Host.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CaseFlow.Host.ContactDensity;

/// <summary>The contact-density rule set (Kontaktdichte, seed 004): read the version in force and the versions, add a version.</summary>
public static class ContactDensityApi
{
    public const string Tag = "Rules (Regelwerke)";

    public static IEndpointRouteBuilder MapContactDensityApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/rules/contact-density").WithTags(Tag).RequireAuthorization();
        group.MapGet("/", Get).WithName("GetContactDensityRules")
            .WithSummary("The contact-density table in force today (or on ?at=YYYY-MM-DD), every version (oldest first) and the choices of a cell, labels in the request's language.");
        group.MapPut("/", Put).WithName("PutContactDensityRules").WithBodyLimit(RequestBodyLimits.StaffJsonBytes)
            .WithSummary("Process owners: a new version (the full table of 32 cells, effectiveFrom today or later, reason); older versions are kept; journaled.");
        return endpoints;
    }

    private static async Task<Ok<ContactDensityView>> Get(ContactDensityRules rules, CancellationToken cancellationToken, DateOnly? at = null)
    {
        var day = at ?? rules.Today;
        var versions = await rules.VersionsAsync(cancellationToken);
        return TypedResults.Ok(ContactDensityView.Of(day, ContactDensityRules.InForce(versions, day), versions));
    }

    private static async Task<Results<Created<ContactDensityView.VersionView>, ProblemHttpResult>> Put(
        ContactDensityChange change, HttpContext http, ActorResolver actors, ContactDensityRules rules, CancellationToken cancellationToken)
    {
        var actor = await actors.ResolveAsync(http.User, cancellationToken);
        var (created, refusal) = await rules.AddAsync(change, actor, cancellationToken);
        return created is null
            ? Problems.For(refusal!)
            : TypedResults.Created($"/api/rules/contact-density?at={created.EffectiveFrom:yyyy-MM-dd}", ContactDensityView.Of(created));
    }
}
