using CaseFlow.Host.Audit;
using CaseFlow.Host.Auth;
using CaseFlow.Host.Http;
using CaseFlow.Host.Persistence;
using CaseFlow.Workflows.Access;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace CaseFlow.Host.Api;

/// <summary><c>GET /api/audit/reads</c>: the read audit for the data protection officer (Datenschutzbeauftragte/r) only.</summary>
public static class ReadAuditApi
{
    public const string Tag = "Audit (Datenschutz)";

    private const int MaxUserLength = 200;

    public static IEndpointRouteBuilder MapReadAuditApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/audit/reads", List).WithName("ListReadAudit").WithTags(Tag).RequireAuthorization()
            .WithSummary("Who read special-category data (FM file, outreach file, health-related needs; staff and providers), newest first, "
                + "filtered by customerId, user (exact user name or provider:<key>) and the time range from/to (inclusive, UTC); paged with page/pageSize, "
                + "total in X-Total-Count. Data protection officer only (403 for everyone else).");
        return endpoints;
    }

    private static async Task<Results<Ok<List<ReadAuditView>>, ProblemHttpResult>> List(
        HttpContext http, ActorResolver actors, CaseFlowDbContext db,
        Guid? customerId = null, string? user = null, DateTime? from = null, DateTime? to = null, int page = 1, int pageSize = 50,
        CancellationToken cancellationToken = default)
    {
        var actor = await actors.ResolveAsync(http.User, cancellationToken);
        if (!actor.HasRole(Roles.DataProtection))
        {
            return Problems.Forbidden("Das Lese-Protokoll sieht nur die/der Datenschutzbeauftragte (data protection officer only).");
        }

        if (Paging.Problem(page, pageSize) is { } paging)
        {
            return paging;
        }

        if (user is { Length: > MaxUserLength })
        {
            return Problems.Invalid("user", $"Zu lang (too long): der Benutzername (user) hat höchstens {MaxUserLength} Zeichen.");
        }

        if (from is { } start && to is { } end && start > end)
        {
            return Problems.Invalid("from", "from liegt nach to (from after to).");
        }

        var query = db.ReadAudit.AsNoTracking();
        if (customerId is { } customer)
        {
            query = query.Where(r => r.CustomerId == customer);
        }

        if (!string.IsNullOrEmpty(user))
        {
            query = query.Where(r => r.Actor == user);
        }

        if (from is { } after)
        {
            var utc = after.ToUniversalTime();
            query = query.Where(r => r.At >= utc);
        }

        if (to is { } before)
        {
            var utc = before.ToUniversalTime();
            query = query.Where(r => r.At <= utc);
        }

        var total = await query.CountAsync(cancellationToken);
        var rows = await query.OrderByDescending(r => r.At).ThenBy(r => r.Id)
            .Skip((int)Math.Min(int.MaxValue, ((long)page - 1) * pageSize)).Take(pageSize).ToListAsync(cancellationToken);
        Paging.SetTotal(http.Response, total);
        return TypedResults.Ok(rows.Select(ReadAuditView.Of).ToList());
    }
}
