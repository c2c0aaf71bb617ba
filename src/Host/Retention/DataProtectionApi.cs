using CaseFlow.Host.Auth;
using CaseFlow.Host.Http;
using CaseFlow.Host.Persistence;
using CaseFlow.Host.Persistence.Configurations;
using CaseFlow.Workflows.Access;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace CaseFlow.Host.Retention;

/// <summary>
/// The data protection officer's lookup of a customer by customer number (for a data subject's request), and the role
/// check every data-protection route shares: only <see cref="Roles.DataProtection"/>, 403 for everyone else.
/// </summary>
public static class DataProtectionApi
{
    public const string Tag = "Data protection (Datenschutz)";

    public static IEndpointRouteBuilder MapDataProtectionApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/data-protection/customers", Find).WithTags(Tag).RequireAuthorization().WithName("FindCustomerForDataProtection")
            .WithSummary("The customer with this customer number (exact), with anonymised mark and active legal hold; data protection officer only.");
        return endpoints;
    }

    /// <summary>403 unless the caller is the data protection officer; else null and the resolved actor.</summary>
    internal static async Task<(Actor Actor, ProblemHttpResult? Problem)> OfficerAsync(HttpContext http, ActorResolver actors, CancellationToken cancellationToken)
    {
        var actor = await actors.ResolveAsync(http.User, cancellationToken);
        return (actor, actor.HasRole(Roles.DataProtection)
            ? null
            : Problems.Forbidden("Nur für Datenschutzbeauftragte (data protection officer only)."));
    }

    private static async Task<Results<Ok<List<DataProtectionCustomerView>>, ProblemHttpResult>> Find(
        HttpContext http, ActorResolver actors, CaseFlowDbContext db, CancellationToken cancellationToken, string? customerNumber = null)
    {
        if ((await OfficerAsync(http, actors, cancellationToken)).Problem is { } problem)
        {
            return problem;
        }

        if (string.IsNullOrWhiteSpace(customerNumber) || customerNumber.Length > 40)
        {
            return Problems.Invalid("customerNumber", "Die Kundennummer (customerNumber) ist nötig, höchstens 40 Zeichen.");
        }

        var number = customerNumber.Trim();
        var found = await db.Customers.AsNoTracking().Where(c => c.CustomerNumber == number)
            .Select(c => new
            {
                c.Id, c.CustomerNumber, c.GivenName, c.FamilyName,
                AnonymisedAt = EF.Property<DateTime?>(c, RetentionMarkConfiguration.AnonymisedAt),
                Hold = db.LegalHolds.Where(h => h.CustomerId == c.Id && h.LiftedAt == null).Select(h => (Guid?)h.Id).FirstOrDefault(),
                Cases = db.Cases.Count(k => k.CustomerId == c.Id),
            })
            .ToListAsync(cancellationToken);
        Paging.SetTotal(http.Response, found.Count);
        return TypedResults.Ok(found.Select(c => new DataProtectionCustomerView(
            c.Id, c.CustomerNumber, c.FamilyName.Length == 0 ? c.GivenName : $"{c.FamilyName}, {c.GivenName}", c.AnonymisedAt is not null, c.Hold, c.Cases)).ToList());
    }
}
