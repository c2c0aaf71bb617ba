using CaseFlow.Host.Audit;
using CaseFlow.Host.Auth;
using CaseFlow.Host.Http;
using CaseFlow.Host.Persistence;
using CaseFlow.Workflows.Access;
using CaseFlow.Workflows.Calendars;
using CaseFlow.Workflows.Cases;
using CaseFlow.Workflows.Customers;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using CaseFlow.Workflows.Texts;

namespace CaseFlow.Host.Api;

/// <summary>Registering and reading customers (name, birth date, Kundennummer).</summary>
public static class CustomersApi
{
    public const string Tag = "Customers (Kundinnen und Kunden)";

    public sealed record CreateCustomerRequest(
        [TextLimit(TextLimits.Code)] string? CustomerNumber,
        [TextLimit(TextLimits.Name)] string? GivenName,
        [TextLimit(TextLimits.Name)] string? FamilyName,
        DateOnly BirthDate,
        bool SeverelyDisabled = false, bool EqualStatus = false, bool Rehabilitant = false, bool Unemployed = true);

    private static readonly DateOnly EarliestBirthDate = new(1900, 1, 1);

    public static IEndpointRouteBuilder MapCustomersApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/customers").WithTags(Tag).RequireAuthorization();
        group.MapPost("/", Create).WithName("CreateCustomer").WithBodyLimit(RequestBodyLimits.StaffJsonBytes)
            .WithSummary("Registers a customer (Kundennummer normalised and checked, e.g. 123D456789); the creating IFK becomes responsible caseworker.");
        group.MapGet("/{id:guid}", Get).WithName("GetCustomer").WithSummary("A customer with the profiling. The needs for action (actionNeeds, part of the FM file) only for the responsible caseworker and who reads an FM or outreach file of the customer's cases, else empty; a read of health-related needs is recorded in the read audit.");
        return endpoints;
    }

    private static async Task<Results<Created<CustomerView>, ProblemHttpResult>> Create(
        CreateCustomerRequest request, HttpContext http, ActorResolver actors, CaseFlowDbContext db, JobcenterCalendar calendar, CancellationToken cancellationToken)
    {
        var actor = await actors.ResolveAsync(http.User, cancellationToken);
        if (!actor.HasRole(Roles.Ifk))
        {
            return Problems.Forbidden("Kundinnen und Kunden legt eine Integrationsfachkraft (IFK/pAp) an.");
        }

        if (CustomerNumbers.Normalise(request.CustomerNumber, out var numberProblem) is not { } number)
        {
            return Problems.Invalid("customerNumber", numberProblem!);
        }

        if (PersonNames.Normalise(request.GivenName, "Der Vorname (givenName)", out var givenProblem) is not { } givenName)
        {
            return Problems.Invalid("givenName", givenProblem!);
        }

        if (PersonNames.Normalise(request.FamilyName, "Der Familienname (familyName)", out var familyProblem) is not { } familyName)
        {
            return Problems.Invalid("familyName", familyProblem!);
        }

        var now = calendar.Now;
        if (request.BirthDate > calendar.DateOf(now) || request.BirthDate < EarliestBirthDate)
        {
            return Problems.Invalid("birthDate", "Das Geburtsdatum (birthDate) darf nicht in der Zukunft und nicht vor dem 01.01.1900 liegen.");
        }

        if (await db.Customers.AnyAsync(c => c.CustomerNumber == number, cancellationToken))
        {
            return NumberTaken(number);
        }

        var customer = new Customer
        {
            CustomerNumber = number,
            GivenName = givenName,
            FamilyName = familyName,
            BirthDate = request.BirthDate,
            SeverelyDisabled = request.SeverelyDisabled,
            EqualStatus = request.EqualStatus,
            Rehabilitant = request.Rehabilitant,
            Unemployed = request.Unemployed,
            ResponsibleCaseworker = actor.UserName,
            CreatedAt = now,
        };
        db.Customers.Add(customer);
        db.Journal.Add(Journal.ForCustomer(customer.Id, actor, now, "create"));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Two registrations of one number at the same moment: the unique index lets one win, the other gets the same 409.
            db.ChangeTracker.Clear();
            if (await db.Customers.AnyAsync(c => c.CustomerNumber == number, cancellationToken))
            {
                return NumberTaken(number);
            }

            throw;
        }

        return TypedResults.Created($"/api/customers/{customer.Id}", CustomerView.Of(customer));
    }

    private static async Task<Results<Ok<CustomerView>, ProblemHttpResult>> Get(
        Guid id, HttpContext http, ActorResolver actors, CaseFlowDbContext db, ReadAudit audit, CancellationToken cancellationToken)
    {
        var customer = await db.Customers.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (customer is null)
        {
            return Problems.NotFound($"Kunde/Kundin {id} nicht gefunden.");
        }

        var cases = await db.Cases.AsNoTracking().Where(c => c.CustomerId == id).ToListAsync(cancellationToken);
        var actor = await actors.ResolveAsync(http.User, cancellationToken);
        if (!CaseAccessPolicy.CanReadCustomer(customer, cases, actor))
        {
            return Problems.Forbidden("Sie betreuen diese Kundin/diesen Kunden nicht (need to know).");
        }

        var view = CustomerView.Of(customer);
        if (!CustomerNeeds.Readable(customer, cases, actor))
        {
            return TypedResults.Ok(view with { ActionNeeds = [] });
        }

        if (customer.ActionNeeds.Any(HealthRelatedNeeds.IsHealthRelated))
        {
            await audit.RecordAsync(
                actor, "GET /api/customers/{id}", new ReadAudit.Read(id, null, [ReadAuditClasses.HealthNeeds], ["actionNeeds"]), null, cancellationToken);
        }

        return TypedResults.Ok(view);
    }

    private static ProblemHttpResult NumberTaken(string number) =>
        Problems.Conflict($"Die Kundennummer {number} ist bereits vergeben.");
}
