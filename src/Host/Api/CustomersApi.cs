using CaseFlow.Host.Auth;
using CaseFlow.Host.Http;
using CaseFlow.Host.Persistence;
using CaseFlow.Workflows.Access;
using CaseFlow.Workflows.Cases;
using CaseFlow.Workflows.Customers;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace CaseFlow.Host.Api;

/// <summary>Customers and their profiling (Profillage, Handlungsbedarfe).</summary>
public static class CustomersApi
{
    public sealed record CreateCustomerRequest(
        string CustomerNumber, DateOnly BirthDate, bool SeverelyDisabled = false, bool EqualStatus = false, bool Rehabilitant = false);

    public sealed record ActionNeedRequest(string KeyGroup, string Need, bool Influenceable);

    public sealed record ProfileRequest(ProfileCode Profile, IReadOnlyList<ActionNeedRequest> ActionNeeds, bool IntegrationWithoutFmUnlikely, int? Version = null);

    public static IEndpointRouteBuilder MapCustomersApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/customers").WithTags("Customers (Kundinnen und Kunden)").RequireAuthorization();
        group.MapPost("/", Create).WithName("CreateCustomer").WithBodyLimit(RequestBodyLimits.StaffJsonBytes)
            .WithSummary("Registers a customer; the creating IFK becomes responsible caseworker.");
        group.MapGet("/{id:guid}", Get).WithName("GetCustomer").WithSummary("A customer with the profiling.");
        group.MapPut("/{id:guid}/profile", UpdateProfile).WithName("UpdateCustomerProfile").WithBodyLimit(RequestBodyLimits.StaffJsonBytes)
            .WithSummary("Records the profile (Profillage) and needs for action (Handlungsbedarfe).");
        return endpoints;
    }

    private static async Task<Results<Created<CustomerView>, ProblemHttpResult>> Create(
        CreateCustomerRequest request, HttpContext http, ActorResolver actors, CaseFlowDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var actor = await actors.ResolveAsync(http.User, cancellationToken);
        if (!actor.HasRole(Roles.Ifk))
        {
            return Problems.Forbidden("Kundinnen und Kunden legt eine Integrationsfachkraft (IFK/pAp) an.");
        }

        var number = request.CustomerNumber.Trim();
        if (number.Length is 0 or > 40)
        {
            return Problems.Invalid("customerNumber", "Die Kundennummer (customerNumber) muss 1 bis 40 Zeichen lang sein.");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        if (request.BirthDate >= DateOnly.FromDateTime(now))
        {
            return Problems.Invalid("birthDate", "Das Geburtsdatum (birthDate) muss in der Vergangenheit liegen.");
        }

        if (await db.Customers.AnyAsync(c => c.CustomerNumber == number, cancellationToken))
        {
            return Problems.Conflict($"Die Kundennummer '{number}' ist bereits vergeben.");
        }

        var customer = new Customer
        {
            CustomerNumber = number,
            BirthDate = request.BirthDate,
            SeverelyDisabled = request.SeverelyDisabled,
            EqualStatus = request.EqualStatus,
            Rehabilitant = request.Rehabilitant,
            ResponsibleCaseworker = actor.UserName,
            CreatedAt = now,
        };
        db.Customers.Add(customer);
        db.Journal.Add(Journal.ForCustomer(customer.Id, actor, now, "create"));
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/customers/{customer.Id}", CustomerView.Of(customer));
    }

    private static async Task<Results<Ok<CustomerView>, ProblemHttpResult>> Get(
        Guid id, HttpContext http, ActorResolver actors, CaseFlowDbContext db, CancellationToken cancellationToken)
    {
        var (customer, cases) = await LoadAsync(db, id, cancellationToken);
        if (customer is null)
        {
            return Problems.NotFound($"Kunde/Kundin {id} nicht gefunden.");
        }

        var actor = await actors.ResolveAsync(http.User, cancellationToken);
        return CaseAccessPolicy.CanReadCustomer(customer, cases, actor)
            ? TypedResults.Ok(CustomerView.Of(customer))
            : Problems.Forbidden("Sie betreuen diese Kundin/diesen Kunden nicht (need to know).");
    }

    private static async Task<Results<Ok<CustomerView>, ProblemHttpResult>> UpdateProfile(
        Guid id, ProfileRequest request, HttpContext http, ActorResolver actors, CaseFlowDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var (customer, cases) = await LoadAsync(db, id, cancellationToken);
        if (customer is null)
        {
            return Problems.NotFound($"Kunde/Kundin {id} nicht gefunden.");
        }

        var actor = await actors.ResolveAsync(http.User, cancellationToken);
        if (!CaseAccessPolicy.CanProfile(customer, cases, actor))
        {
            return Problems.Forbidden("Das Profil pflegt die zuständige Integrationsfachkraft oder die Hauptbetreuung eines laufenden Falls.");
        }

        if (request.Version is { } version && version != customer.Version)
        {
            return Problems.Conflict($"Das Profil wurde inzwischen geändert (Version {customer.Version}, gesendet {version}). Bitte neu laden.");
        }

        for (var index = 0; index < request.ActionNeeds.Count; index++)
        {
            if (string.IsNullOrWhiteSpace(request.ActionNeeds[index].KeyGroup) || string.IsNullOrWhiteSpace(request.ActionNeeds[index].Need))
            {
                return Problems.Invalid(
                    $"actionNeeds[{index}]", "Jeder Handlungsbedarf braucht eine Schlüsselgruppe (keyGroup) und eine Bezeichnung (need).");
            }
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var needs = request.ActionNeeds.Select(n => new ActionNeed { KeyGroup = n.KeyGroup.Trim(), Need = n.Need.Trim(), Influenceable = n.Influenceable });
        customer.RecordProfile(request.Profile, needs, request.IntegrationWithoutFmUnlikely, actor.UserName, now);
        db.Journal.Add(Journal.ForCustomer(
            customer.Id, actor, now, "profile", $"{{\"profile\":\"{request.Profile}\",\"actionNeeds\":{request.ActionNeeds.Count}}}"));
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(CustomerView.Of(customer));
    }

    private static async Task<(Customer? Customer, List<Case> Cases)> LoadAsync(CaseFlowDbContext db, Guid id, CancellationToken cancellationToken)
    {
        var customer = await db.Customers.FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        var cases = customer is null ? [] : await db.Cases.AsNoTracking().Where(c => c.CustomerId == id).ToListAsync(cancellationToken);
        return (customer, cases);
    }
}
